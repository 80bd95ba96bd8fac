import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;
let traditionalToSimplified: Convert | undefined;

/** OpenCC standard traditional → mainland simplified, built once on first use (~3 ms for the t2cn preset). */
export function toSimplified(text: string): string {
  traditionalToSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return traditionalToSimplified(text);
}

/**
 * A copy of the text that keeps every offset: traditional folded to simplified, full-width ASCII
 * to half-width, ideographic space to space. Headings and labels are matched against it so that
 * traditional-script and full-width drafts match the same data as clean ones.
 */
export function foldText(text: string): string {
  return toHalfWidth(alignedSimplified(text));
}

/** The simplified text with the same length and offsets as the original. */
export function alignedSimplified(text: string): string {
  const simplified = toSimplified(text);
  return simplified.length === text.length ? simplified : foldCharByChar(text);
}

function foldCharByChar(text: string): string {
  let out = '';
  for (const char of text) {
    const converted = toSimplified(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** Label form used for matching: folded, no spaces, no quotes, unified brackets. */
export function normalizeLabel(foldedText: string): string {
  return foldedText
    .replace(/[\s*`#]/g, '')
    .replace(/[“”"‘’'「」『』]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[，]/g, ',')
    .replace(/[、]/g, '、');
}

const NUMBERING = /^(?:[(（]?[一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．:：]|[(（]?\d{1,2}[)）]|\d{1,2}[、.．:：](?!\d))/;

/** Drops a leading "一、" / "（三）" / "1." from a normalized label. */
export function stripNumbering(label: string): string {
  return label.replace(/^其中[:：]?/, '').replace(NUMBERING, '');
}
