import { chineseNumeral } from '../../text/numbers';

/** The ways a report numbers the items of an enumeration in its prose; each kind counts on its own. */
export type MarkerKind = 'shi' | 'di' | 'paren' | 'dot' | 'comma' | 'circled';

export interface Marker {
  readonly kind: MarkerKind;
  readonly value: number;
  /** offsets in the line's text */
  readonly start: number;
  readonly end: number;
  /** the marker starts the line's prose (the paragraph), not a clause inside it */
  readonly leading: boolean;
}

/**
 * A marker starts a clause: the start of the paragraph, or after 。；：，！？ (folded to half width) or 其中, with spaces,
 * Markdown list or bold marks between. 第一 counts only followed by ，or ：, so 第一时间, 第三方, 第一季度, 第十六届
 * and 第二十条 are names and references, not items; 1. and 1、 followed by a digit are decimals and ranges (1.5万, 3、5月).
 */
const CLAUSE_START = /(?:^[\s*#>+-]*|(?:[。;:,!?]|其中)[\s*]*)(?=[一二三四五六七八九十第(\d①-⑳])/g;
const MARKER = /^(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[,:])|\((\d{1,2})\)|(\d{1,2})\.(?!\d)|(\d{1,2})、(?!\d)|([①-⑳]))/;
/** the longest marker and the character after it that decides it (第十二，) */
const LONGEST = 6;

const KINDS: readonly MarkerKind[] = ['shi', 'di', 'paren', 'dot', 'comma', 'circled'];

/** The enumeration markers of one paragraph's folded text, in order. */
export function markersIn(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const clause of text.matchAll(CLAUSE_START)) {
    const start = clause.index + clause[0].length;
    const match = MARKER.exec(text.slice(start, start + LONGEST));
    if (!match) continue;
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const written = match[group + 1];
    const kind = KINDS[group];
    const value = kind === 'circled' ? written.charCodeAt(0) - 0x2460 + 1 : kind === 'shi' || kind === 'di' ? chineseNumeral(written) : Number(written);
    if (value === undefined || value < 1) continue;
    markers.push({ kind, value, start, end: start + match[0].length, leading: clause.index === 0 });
  }
  return markers;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (up to 99). */
function chinese(value: number): string {
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return (tens === 0 ? '' : tens === 1 ? '十' : `${NUMERALS[tens]}十`) + NUMERALS[ones];
}

/** The marker of `value` written the way `written` (a marker of this kind as the report wrote it) is. */
export function markerText(kind: MarkerKind, value: number, written: string): string | undefined {
  if (value > 99) return undefined;
  switch (kind) {
    case 'shi': return `${chinese(value)}是`;
    case 'di': return `第${chinese(value)}`;
    case 'circled': return value <= 20 ? String.fromCharCode(0x2460 + value - 1) : undefined;
    default: return written.replace(/[0-9０-９]+/, String(value));
  }
}
