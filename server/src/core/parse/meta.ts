import type { Report, YearMention } from '../model/types';
import type { Span } from '../text/span';
import type { FoldedLine } from '../text/fold';
import { isBlank, type Line } from '../text/line-index';

const TITLE_WORDS = /年度报告|年报|工作报告/;
const YEAR = /((?:19|20)\d{2})\s*年/g;
const TITLE_SEARCH_LINES = 15;
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/;
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
  // a title is a name, not a sentence: "明天开会，讨论年报的写法。" mentions a report and is none
  const index = candidates.findIndex((line) => TITLE_WORDS.test(folded[line.index]) && line.text.trim().length <= 80 && !SENTENCE_PUNCTUATION.test(line.text));
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

/** The report's kind after the unit and the year: "政府信息公开工作年度报告", "政务公开年报" … */
const REPORT_KIND = /(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度报告|年报|报告)$|(?:工作)?(?:年度报告|年报)$/;

/**
 * The unit a title (or the report's name for itself) names: what is left without the year, the report's kind and
 * spaces ("2014年广州市人民政府政务管理办公室政府信息公开年度报告", "某县人民政府2012年政府信息公开工作年度报告").
 * Reports of one unit are compared year by year under this name, so it must not be a fragment two units share.
 */
export function unitName(title: string): string | undefined {
  const name = title.replace(/\s+/g, '').replace(/[（(]?(?:19|20)\d{2}年度?[)）]?/g, '').replace(REPORT_KIND, '').replace(/^关于/, '');
  if (name === title.replace(/\s+/g, '') || !name) return undefined;
  // "某区人民政府信息公开工作年度报告": the kind took the unit's 政府
  return name.endsWith('人民') ? `${name}政府` : name;
}

/** The report naming itself by its title: "编制了《某市某局2022年政府信息公开工作年度报告》", "现发布《…2022年度…年报》". */
export const SELF_TITLE = /(?:编制(?:了|的|完成)?|发布(?:了)?|公布(?:了)?|形成(?:了)?|本报告(?:为|是)?)\s*《([^《》]{0,60}?((?:19|20)\d{2})\s*年度?[^《》]{0,40}?(?:年度报告|年报))》/g;

/** The unit a report without a title line names in its name for itself (the first one). */
export function selfNamedUnit(folded: string): string | undefined {
  for (const match of folded.matchAll(SELF_TITLE)) {
    const name = unitName(match[1]);
    if (name) return name;
  }
  return undefined;
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

/** The key under which reports of one unit are found year by year: the unit name, folded and without spaces. */
export function unitKey(report: Pick<Report, 'unitName'>): string | undefined {
  return report.unitName?.replace(/\s+/g, '');
}
