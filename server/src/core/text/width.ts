import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Characters an editor draws with no width: combining marks, variation selectors, format characters (zero-width
 * space and joiners, the BOM, the soft hyphen) and control characters.
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

/**
 * The columns a text takes in a monospaced editor: Han characters, kana, Hangul and full-width forms (（，：０)
 * take 2, everything else 1. Ambiguous characters (“” ① —) count 1, as Unicode's annex 11 advises when the context
 * cannot tell: editors draw them from the Latin font.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x7f && code >= 0x20) width += 1;
    else if (!ZERO_WIDTH.test(character)) width += eastAsianWidth(code, { ambiguousAsWide: false });
  }
  return width;
}
