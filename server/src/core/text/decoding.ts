/**
 * What a text that may not be text is: a document the editor decoded with the wrong encoding keeps its lines,
 * its ASCII and its line breaks, and every other byte becomes U+FFFD (a GBK report read as UTF-8: 57–81 % of the
 * characters on the seeds and layouts); bytes that never were text bring NUL or other control characters with them.
 */
export type TextKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'binary' }
  /** mostly U+FFFD in text-like lines: text decoded with the wrong encoding (GBK/GB 18030 read as UTF-8) */
  | { readonly kind: 'mis-decoded'; readonly replaced: number; readonly firstReplaced: number };

/** the share of U+FFFD in the sample above which the text is not read as a report */
const REPLACED_SHARE = 0.1;
/** the share of control characters (other than tab, line breaks, form feed) above which it is binary, not text */
const CONTROL_SHARE = 0.005;
const SAMPLE = 8192;

export function textKind(text: string): TextKind {
  // a slice, not the text itself: an edited text is often a concatenation, slow to read a character at a time
  const sample = text.slice(0, SAMPLE);
  const length = sample.length;
  let replaced = 0;
  let controls = 0;
  let firstReplaced = -1;
  for (let index = 0; index < length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return { kind: 'binary' };
    if (code === 0xfffd) {
      replaced++;
      if (firstReplaced < 0) firstReplaced = index;
    } else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f) controls++;
  }
  if (length === 0 || replaced / length <= REPLACED_SHARE) return { kind: 'text' };
  if (controls / length > CONTROL_SHARE) return { kind: 'binary' };
  return { kind: 'mis-decoded', replaced: countReplaced(text, replaced, length), firstReplaced };
}

/** every U+FFFD of the text (the sample's already counted): the finding says how many characters were lost */
function countReplaced(text: string, inSample: number, sampled: number): number {
  let replaced = inSample;
  for (let index = text.indexOf('\uFFFD', sampled); index >= 0; index = text.indexOf('\uFFFD', index + 1)) replaced++;
  return replaced;
}
