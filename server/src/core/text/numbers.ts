import { withoutComments } from './delimited';
import { toHalfWidth } from './fold';

export type CellValue =
  /** blank, 0 written as "-", "—", "/", "无": zero for the arithmetic */
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number; readonly integer: boolean }
  /** an instruction or "XX" left from the template */
  | { readonly kind: 'placeholder' }
  | { readonly kind: 'text' };

const BLANK = /^(?:|-|—|——|–|\/|无|－|／)$/;
const PLACEHOLDER = /^(?:[xX×＊*?？]+|[（(]?(?:填写|请填写|待填|填报|XX)[^)）]*[)）]?|_+|…+|\$\{\d+.*\})$/;
const UNIT = /(?:件次|人次|件|条|个|项|次|份|期|家|人|万元|元)$/;
const NUMBER = /^[-−]?\d+(?:\.\d+)?$/;

const PLAIN_COUNT = /^\d{1,15}$/;
const BLANK_VALUE: CellValue = Object.freeze({ kind: 'blank' });
const TEXT_VALUE: CellValue = Object.freeze({ kind: 'text' });
/** longer than any number, unit or template placeholder a cell holds ("（填写本年新收政府信息公开申请数量）" is 19) */
const MAX_VALUE_LENGTH = 40;

export function parseCellValue(raw: string): CellValue {
  // most cells are plain counts or empty: no folding or clean-up needed
  if (raw === '') return BLANK_VALUE;
  if (PLAIN_COUNT.test(raw)) return { kind: 'number', value: Number(raw), integer: true };
  // a long text is a label or prose (the grid scan asks this of every line), unless a comment hides a number in it
  if (raw.length > MAX_VALUE_LENGTH && !raw.includes('<!--')) return TEXT_VALUE;

  // an HTML comment (a suppression comment) is not content
  const stripped = withoutComments(toHalfWidth(raw));
  // "2 3" is two numbers run together, not 23
  if (/\d\s+\d/.test(stripped)) return { kind: 'text' };
  const text = stripped.replace(/\s+/g, '').replace(/\*\*/g, '');
  if (BLANK.test(text)) return { kind: 'blank' };
  if (PLACEHOLDER.test(text)) return { kind: 'placeholder' };
  const bare = text.replace(UNIT, '').replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1').replace(/^−/, '-');
  if (NUMBER.test(bare)) {
    const value = Number(bare);
    return { kind: 'number', value, integer: Number.isInteger(value) && !bare.includes('.') };
  }
  return { kind: 'text' };
}

export function numericValue(value: CellValue): number | undefined {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'blank') return 0;
  return undefined;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; undefined when not a Chinese numeral. */
export function chineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char];
    else {
      total += (digit || 1) * UNITS[char];
      digit = 0;
    }
  }
  return total + digit;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10000) / 10000);
}
