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

const convertedLines = new Map<string, string>();
const MAX_CACHED_LINES = 50000;

/**
 * The simplified text with the same length and offsets as the original, converted line by line with a cache:
 * a re-check after an edit converts only the lines that changed. (OpenCC's phrases never span a line.)
 */
export function alignedSimplified(text: string): string {
  if (convertedLines.size > MAX_CACHED_LINES) convertedLines.clear();
  let out = '';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    let converted = convertedLines.get(line);
    if (converted === undefined) {
      converted = /[^\x00-\x7f]/.test(line) ? toSimplified(line) : line;
      if (converted.length !== line.length) converted = foldCharByChar(line);
      convertedLines.set(line, converted);
    }
    out += end < text.length ? `${converted}\n` : converted;
    start = end + 1;
  }
  return out;
}

/** For measuring a cold start. */
export function clearConversionCache(): void {
  convertedLines.clear();
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
  let out = '';
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) {
      out += text.slice(from, index) + (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0));
      from = index + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
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
