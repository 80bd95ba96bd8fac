import { shifted } from '../text/span';
import type { Prose, ProseLine, Quantity, Report, Sentence } from '../model/types';
import { chineseNumeral } from '../text/numbers';
import { cacheSlot, type Caches } from '../cache/caches';
import { PlacedCache } from '../cache/placed-cache';

export type { Prose, ProseLine, Quantity, Sentence } from '../model/types';

/** Words that make a figure a comparison or an approximation (较上年增加5件, 约300条): it is never compared with a table. */
export const HEDGED = /较|比|增|减|同比|环比|超过|以上|以下|约|近/;

/** A figure's label without quotation marks ("放管服"改革…): what label patterns are matched against. */
export function unquoted(label: string): string {
  return label.replace(/[“”"‘’]/g, '');
}

const UNITS = '件次|人次|万元|件|条|个|项|次|份|家|期|起|宗|场|篇|部|类|人|%';
const ARABIC = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(万|亿)?\\s*(${UNITS})`, 'g');
const CHINESE = /([零〇一二两三四五六七八九十百千]+)\s*(万|亿)?\s*(件|条|个|项|次|份|家|期|起|宗|场|篇|部|类)/g;
const CLAUSE_BOUNDARY = /[,，;；。:：、()（）“”"!?！？\s]/;
const SENTENCE_END = /[。;；!?！？]/g;
const PERIOD_END = /[。!?！？]/g;

/** Every prose sentence outside tables and headings, with the quantities it states (read once, in parseReport). */
export function proseSentences(report: Report, periods = false): readonly Sentence[] {
  return periods ? report.prose.periods : report.prose.sentences;
}

/** What splitting the prose reads from the report being parsed. */
export type ProseSource = Pick<Report, 'text' | 'folded' | 'lines' | 'tables' | 'headings'>;

export function splitProse(report: ProseSource, caches: Caches): Prose {
  const proseLines = caches.get(PROSE_LINES);
  const skipLines = new Uint8Array(report.lines.lines.length);
  for (const table of report.tables) {
    const first = report.lines.lineAt(table.grid.span.start).index;
    const last = report.lines.lineAt(table.grid.span.end).index;
    skipLines.fill(1, first, last + 1);
  }
  // a heading line is not prose; the paragraph run on after a heading ("（一）加强领导。全年…", "一、概述 2012年，…") is
  const proseStart = new Map<number, number>();
  for (const heading of report.headings) {
    const line = report.lines.lineAt(heading.span.start);
    const rest = report.folded.slice(heading.titleSpan.end, line.end);
    const text = rest.search(/[^\s。:：*]/);
    if (text < 0) skipLines[line.index] = 1;
    else proseStart.set(line.index, heading.titleSpan.end + text);
  }
  const sentences: Sentence[] = [];
  const periods: Sentence[] = [];
  const lines: ProseLine[] = [];
  for (const line of report.lines.lines) {
    if (skipLines[line.index] || line.end === line.start) continue;
    const start = proseStart.get(line.index) ?? line.start;
    const folded = report.folded.slice(start, line.end);
    if (!NON_BLANK.test(folded)) continue;
    const prose = proseLines.get(folded, start, lineProse, moveProse);
    // the kept copy of the line's text, not this check's slice: the same string from check to check, so the caches
    // of the rules that read the line find it without hashing it again
    lines.push({ index: line.index, span: { start, end: line.end }, text: prose.text });
    for (const sentence of prose.sentences) sentences.push(sentence);
    for (const sentence of prose.periods) periods.push(sentence);
  }
  return { sentences, periods, lines };
}

const NON_BLANK = /\S/;

/** The sentences of each prose line, kept by the line's text: a check after an edit splits only the lines that changed. */
const PROSE_LINES = cacheSlot('prose lines', (caches) => new PlacedCache<LineProse>(50000, caches));

/** one line's sentences, and its text */
interface LineProse extends Omit<Prose, 'lines'> {
  readonly text: string;
}

function lineProse(folded: string, lineStart: number): LineProse {
  return { sentences: lineSentences(folded, lineStart, SENTENCE_END), periods: lineSentences(folded, lineStart, PERIOD_END), text: folded };
}

function lineSentences(folded: string, lineStart: number, terminator: RegExp): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const text = folded.slice(start, end);
    if (NON_BLANK.test(text)) {
      const offset = lineStart + start;
      sentences.push({ span: { start: offset, end: offset + text.length }, text, quantities: quantitiesIn(text, offset) });
    }
    start = end;
  };
  for (const match of folded.matchAll(terminator)) push(match.index + 1);
  if (start < folded.length) push(folded.length);
  return sentences;
}

function moveProse(from: LineProse, delta: number): LineProse {
  const move = (sentence: Sentence): Sentence => ({
    span: shifted(sentence.span, delta),
    text: sentence.text,
    quantities: sentence.quantities.map((quantity) => ({
      ...quantity, span: shifted(quantity.span, delta), labelStart: quantity.labelStart + delta,
    })),
  });
  return { sentences: from.sentences.map(move), periods: from.periods.map(move), text: from.text };
}

function quantitiesIn(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  const push = (index: number, length: number, value: number, unit: string, decimals: number) => {
    let labelStart = index;
    while (labelStart > 0 && !CLAUSE_BOUNDARY.test(text[labelStart - 1])) labelStart--;
    found.push({ value, span: { start: offset + index, end: offset + index + length }, unit, decimals, label: text.slice(labelStart, index), labelStart: offset + labelStart });
  };
  for (const match of text.matchAll(ARABIC)) {
    const [whole, integer, fraction, multiplier, unit] = match;
    if (unit !== '%' && /^\d{4}$/.test(integer) && /^年/.test(text.slice(match.index + whole.length))) continue;
    const base = Number(`${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
    push(match.index, whole.length, base * scale(multiplier), unit, fraction?.length ?? 0);
  }
  for (const match of text.matchAll(CHINESE)) {
    const value = chineseNumeral(match[1]);
    if (value === undefined || /[第是]$/.test(text.slice(0, match.index))) continue;
    push(match.index, match[0].length, value * scale(match[2]), match[3], 0);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function scale(multiplier: string | undefined): number {
  return multiplier === '万' ? 10000 : multiplier === '亿' ? 100000000 : 1;
}

/** Percentages: rounding or truncation to the stated digits both count as right. */
export function percentMatches(stated: number, decimals: number, numerator: number, denominator: number): boolean {
  if (denominator <= 0) return false;
  const exact = (numerator / denominator) * 100;
  const factor = 10 ** decimals;
  const rounded = Math.round(exact * factor) / factor;
  const truncated = Math.trunc(exact * factor + 1e-9) / factor;
  return Math.abs(rounded - stated) < 1e-9 || Math.abs(truncated - stated) < 1e-9;
}

export function formatPercent(numerator: number, denominator: number, decimals: number): string {
  return `${((numerator / denominator) * 100).toFixed(decimals)}%`;
}
