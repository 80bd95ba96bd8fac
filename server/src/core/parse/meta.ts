import type { YearMention } from '../model/types';
import type { Span } from '../text/span';
import type { FoldedLine } from '../text/fold';
import { isBlank, type Line } from '../text/line-index';

const TITLE_WORDS = /年度报告|年报|工作报告/;
const YEAR = /((?:19|20)\d{2})\s*年/g;
const TITLE_SEARCH_LINES = 15;
const TRADITIONAL_SHARE = 0.15;
const MIN_TRADITIONAL_CHARACTERS = 20;

export interface TitleInfo {
  readonly text: string;
  readonly span: Span;
  readonly year?: YearMention;
  readonly unitName?: string;
}

/** The title: the first line near the top that names a report, joined with a short line above it holding the year. */
export function findTitle(lines: readonly Line[], folded: readonly string[]): TitleInfo | undefined {
  const candidates: Line[] = [];
  for (const line of lines) {
    if (candidates.length === TITLE_SEARCH_LINES) break;
    if (!isBlank(line.text)) candidates.push(line);
  }
  const index = candidates.findIndex((line) => TITLE_WORDS.test(folded[line.index]) && line.text.trim().length <= 80);
  if (index < 0) return undefined;
  let first = candidates[index];
  const last = candidates[index];
  const previous = candidates[index - 1];
  if (previous && previous.index === last.index - 1 && !yearIn(folded[last.index], last.start) && yearIn(folded[previous.index], previous.start)
      && previous.text.trim().length <= 40) {
    first = previous;
  }
  const raw = lines.slice(first.index, last.index + 1).map((line) => cleanTitle(line.text)).join('');
  const leading = first.text.length - first.text.trimStart().length;
  const span = { start: first.start + leading, end: last.end };
  const foldedTitle = lines.slice(first.index, last.index + 1).map((line) => cleanTitle(folded[line.index])).join('');
  return { text: raw, span, year: yearIn(folded[first.index], first.start) ?? yearIn(folded[last.index], last.start), unitName: unitName(foldedTitle) };
}

function cleanTitle(text: string): string {
  return text.trim().replace(/^#+\s*/, '').replace(/^\*\*|\*\*$/g, '').trim();
}

function yearIn(text: string, offset: number): YearMention | undefined {
  const [match] = text.matchAll(YEAR);
  return match ? { year: Number(match[1]), span: { start: offset + match.index, end: offset + match.index + 4 } } : undefined;
}

function unitName(title: string): string | undefined {
  const match = /(?:19|20)\d{2}\s*年度?(.+?)(?:政府信息公开|政务公开|信息公开)/.exec(title);
  const name = match?.[1].replace(/^[（(]|[)）]$/g, '').trim();
  if (!name) return undefined;
  return name.endsWith('人民') ? `${name}政府` : name;
}

/** The most-mentioned year in the body, for reports whose title is lost (seed 003). */
export function dominantYear(folded: string): YearMention | undefined {
  const counts = new Map<number, { count: number; first: number }>();
  for (const match of folded.matchAll(YEAR)) {
    const year = Number(match[1]);
    const entry = counts.get(year) ?? { count: 0, first: match.index };
    entry.count++;
    counts.set(year, entry);
  }
  let best: [number, { count: number; first: number }] | undefined;
  for (const entry of counts) if (!best || entry[1].count > best[1].count) best = entry;
  return best ? { year: best[0], span: { start: best[1].first, end: best[1].first + 4 } } : undefined;
}

/**
 * From the CJK characters OpenCC's traditional → simplified conversion changes. A traditional text has
 * about a third of its characters changed (seeds 001, 003: 30–32 %); a simplified draft with a pasted
 * passage or a few stray characters stays far below 15 %, and a handful of characters is never "a traditional text".
 */
export function classifyScript(lines: readonly FoldedLine[]): 'simplified' | 'traditional' | 'mixed' {
  let han = 0;
  let changed = 0;
  for (const line of lines) {
    han += line.han;
    changed += line.changed;
  }
  if (changed === 0) return 'simplified';
  return changed >= MIN_TRADITIONAL_CHARACTERS && changed / han >= TRADITIONAL_SHARE ? 'traditional' : 'mixed';
}
