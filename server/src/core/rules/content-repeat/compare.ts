import { BOILERPLATE } from '../../formats/boilerplate';
import type { Report, Sentence } from '../../model/types';
import type { Span } from '../../text/span';
import { cacheSlot, type Caches } from '../../cache/caches';
import { unitKey } from '../../parse/meta';

/**
 * How much of this year's prose repeats last year's report of the same unit (content-repeat, its lens and hover).
 * A sentence repeats when it equals one of last year's after figures, years and punctuation are taken out: the
 * copy a reviewer means is last year's text with this year's numbers typed over it.
 */
export interface RepeatComparison {
  /** last year's report as the user knows it (its file name) */
  readonly name: string;
  /** this year's sentences that count: long enough to say something, not template wording */
  readonly counted: number;
  /** the counted sentences that repeat last year's, in document order */
  readonly copied: readonly Sentence[];
  /** the longest stretch of consecutive repeated sentences, when there is one */
  readonly longest?: { readonly span: Span; readonly sentences: number };
}

/**
 * Characters a sentence must keep after normalizing to count. Shorter ones are clause heads and fixed statements
 * ("一是加强组织领导；", "本年度未收取信息处理费。", "无。") that a unit rightly writes the same every year.
 */
export const MIN_SENTENCE_LENGTH = 15;

/** figures (Arabic and Chinese numerals), and everything that is not a letter: what an update of last year's text changes */
const NOT_WORDING = /[^\p{Script=Han}A-Za-z]|[〇零一二两三四五六七八九十百千万亿]/gu;

/** A sentence's wording without its figures, years and punctuation (folded text in, so widths and scripts agree). */
export function wording(folded: string): string {
  return folded.replace(NOT_WORDING, '');
}

const TEMPLATE = BOILERPLATE.map((spec) => new RegExp(spec.match));

/** Template wording every report carries (its basis, statistics period, contents, contact): not copying. */
export function isTemplateWording(folded: string): boolean {
  return TEMPLATE.some((pattern) => pattern.test(folded));
}

/** Last year's report, when it is the same unit's and the year right before this one's; otherwise nothing to compare. */
export function comparableYears(report: Report, previous: Report): boolean {
  if (!report.isAnnualReport || !previous.isAnnualReport || !report.year || previous.year?.year !== report.year.year - 1) return false;
  const unit = unitKey(report);
  return unit !== undefined && unitKey(previous) === unit;
}

const COMPARISONS = cacheSlot('content repeat', () => new WeakMap<Report, { readonly previous: Report; readonly comparison: RepeatComparison | undefined }>());

/** The comparison with last year's report (kept for the check's report: the rule, the lens and the hover ask for it). */
export function lastYearRepeat(report: Report, previous: { readonly report: Report; readonly name: string } | undefined, caches: Caches): RepeatComparison | undefined {
  if (!previous) return undefined;
  const memo = caches.get(COMPARISONS);
  const kept = memo.get(report);
  if (kept?.previous === previous.report) return kept.comparison;
  const comparison = comparableYears(report, previous.report) ? compare(report, previous.report, previous.name) : undefined;
  memo.set(report, { previous: previous.report, comparison });
  return comparison;
}

type Kind = 'copied' | 'copied-short' | 'new' | 'short' | 'template';

function compare(report: Report, previous: Report, name: string): RepeatComparison {
  const before = new Set<string>();
  for (const sentence of previous.prose.sentences) {
    const key = wording(sentence.text);
    if (key) before.add(key);
  }
  const title = report.title?.span;
  const copied: Sentence[] = [];
  let counted = 0;
  let longest: { span: Span; sentences: number; length: number } | undefined;
  let run: { span: Span; sentences: number; length: number } | undefined;
  const close = () => {
    if (run && (!longest || run.length > longest.length)) longest = run;
    run = undefined;
  };
  for (const sentence of report.prose.sentences) {
    // the title line read as prose is the same every year by definition
    if (title && sentence.span.start < title.end && sentence.span.end > title.start) continue;
    const key = wording(sentence.text);
    if (!key) continue;
    const kind = kindOf(sentence, key, before);
    if (kind === 'copied') {
      counted++;
      copied.push(sentence);
      run = run
        ? { span: { start: run.span.start, end: sentence.span.end }, sentences: run.sentences + 1, length: run.length + key.length }
        : { span: sentence.span, sentences: 1, length: key.length };
    } else if (kind === 'new' || kind === 'short') {
      if (kind === 'new') counted++;
      close();
    }
    // a repeated clause head ("二是加强培训；") or template wording inside a copied stretch does not break the passage
  }
  close();
  const found = longest as { span: Span; sentences: number } | undefined;
  return { name, counted, copied, ...(found ? { longest: { span: found.span, sentences: found.sentences } } : {}) };
}

function kindOf(sentence: Sentence, key: string, before: ReadonlySet<string>): Kind {
  if (isTemplateWording(sentence.text)) return 'template';
  const repeated = before.has(key);
  if (key.length < MIN_SENTENCE_LENGTH) return repeated ? 'copied-short' : 'short';
  return repeated ? 'copied' : 'new';
}
