import type { CancellationToken } from '../cache/cancellation';
import { Caches } from '../cache/caches';
import { DEFAULT_CONFIG, type Config } from './config';
import { applyFixes, fixAll, joinFixResults, selectedFixes, type FixAllResult } from './fix-all';
import { lintSteps, type Finding, type FixSelection } from './lint';
import { toEnd, type Steps } from '../cache/steps';
import type { Report } from '../model/types';
import { parseSteps } from '../parse/report';
import type { Rule, RuleContext } from '../rules/kit/define';
import { toHalfWidth } from '../text/fold';
import { LineIndex } from '../text/line-index';
import { Analysis, type Limited } from './analysis';
import { textKind } from '../text/decoding';
import { ReportIndex } from './report-index';
import type { ReviewInput } from '../review/decision';
import { applyReviews, sameReviews } from './reviews';

export interface CheckerOptions {
  /** a rule that throws is left out of that check (the others still report); the host hears of it here */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /** the rules to run; default every rule of the product */
  readonly rules?: readonly Rule[];
}

export interface CheckInput {
  /** the document's identity (a file: URI, or a path as the user gave it) */
  readonly uri: string;
  readonly text: string;
  /** the editor's version; a check of a version already checked with the same configuration is not repeated */
  readonly version?: number;
  readonly config?: Config;
  /** how the user knows it in messages (last year's report "2022年报.md"); default: the last part of the uri */
  readonly name?: string;
  /** a file of the report language (.gkr): its findings apply whatever its content */
  readonly always?: boolean;
  /**
   * false: a file the user is not editing (the workspace check): indexed like `addFile` and checked, but its
   * analysis is not kept and an open document of the same uri wins in the index. Default true.
   */
  readonly open?: boolean;
  /**
   * the review decisions that apply (the nearest .gkreport-review.json): the findings they name are marked reviewed,
   * the ones of this report that name none become stale-review findings. Other decisions than last time are applied
   * to the kept check, which is not repeated.
   */
  readonly reviews?: ReviewInput;
}

export interface CheckResult {
  readonly analysis: Analysis;
  /** open documents that compare with this one (the same unit's report of the year after): check them again */
  readonly affected: readonly string[];
}

/**
 * The one pipeline every host calls: the language server for open documents and the workspace check, the CLI
 * for its files, the tests. A checker owns everything kept between checks: the caches (lines, headings,
 * tables and prose by content, and what was computed from each table), the index of reports by unit and year
 * for the cross-year rules, and the last analysis of each open document. Two checkers share nothing.
 */
export class Checker {
  readonly #caches = new Caches();
  readonly #index = new ReportIndex();
  readonly #kept = new Map<string, Analysis>();
  /** files parsed for the index (addFile), so that checking one of them next does not parse it again */
  readonly #indexed = new Map<string, { readonly text: string; readonly format: Config['format']; readonly report: Report }>();

  constructor(private readonly options: CheckerOptions = {}) {}

  /**
   * Checks one version of an open document (or an input of the CLI) and keeps the analysis until the next
   * version or `close`. Stops with CheckCancelled between rules and between tables once `token` is cancelled.
   */
  check(input: CheckInput, token?: CancellationToken): CheckResult {
    return toEnd(this.checkSteps(input, token));
  }

  /**
   * The same check in steps (reading the text, then one rule per step), for a host that answers other requests
   * between them; a host that drops the steps before the end (`return()`) leaves nothing half-kept.
   */
  *checkSteps(input: CheckInput, token?: CancellationToken): Steps<CheckResult> {
    const config = input.config ?? DEFAULT_CONFIG;
    const kept = this.current(input);
    if (kept) return { analysis: kept, affected: [] };
    const indexed = this.#indexed.get(input.uri);
    this.#indexed.delete(input.uri);
    const { report, limited, misDecoded } = indexed && indexed.text === input.text && indexed.format === config.format
      ? { report: indexed.report, limited: undefined, misDecoded: undefined } : yield* this.#readSteps(input.text, config);
    yield;
    const open = input.open ?? true;
    const previous = limited ? undefined : this.#index.previousOf(input.uri, report);
    const context: RuleContext = { caches: this.#caches, token, ...(previous ? { previous } : {}) };
    const findings = limited
      ? this.#limitedFindings(report, limited, input.text.length, config, { ...context, ...(misDecoded ? { misDecoded } : {}) })
      : yield* lintSteps(report, config, context, this.options);
    // indexed only once checked: a check dropped half-way leaves the index as it was
    const affected = limited ? [] : this.#index.set(input.uri, report, this.#nameOf(input), open);
    const checked = new Analysis(input.uri, input.version ?? 0, input.text, config, report, findings, limited, input.always ?? false, this.#caches, previous);
    const analysis = this.#reviewed(checked, input.reviews);
    if (open) this.#kept.set(input.uri, analysis);
    return { analysis, affected };
  }

  /**
   * The kept analysis of this very input (version, text and configuration), if it was checked already; with other
   * review decisions than it had, the kept check with these applied (kept in its place).
   */
  current(input: CheckInput): Analysis | undefined {
    const kept = this.#kept.get(input.uri);
    const same = kept && input.version !== undefined && kept.version === input.version && kept.text === input.text
      && sameConfig(kept.config, input.config ?? DEFAULT_CONFIG);
    if (!same) return undefined;
    if (sameReviews(kept.review?.input, input.reviews)) return kept;
    const reviewed = this.#reviewed(kept, input.reviews);
    this.#kept.set(input.uri, reviewed);
    return reviewed;
  }

  /** An analysis with the decisions applied to the findings of its check (none: as the rules made them). */
  #reviewed(analysis: Analysis, reviews: ReviewInput | undefined): Analysis {
    const unreviewed = analysis.unreviewed;
    // a file not checked in full has no findings to compare the decisions with: none is stale there
    if (!reviews || reviews.decisions.length === 0 || analysis.limited) return analysis.review ? analysis.withReview(unreviewed, undefined) : analysis;
    const findings = applyReviews(analysis.report, unreviewed, reviews, analysis.config, { caches: this.#caches }, this.options);
    return analysis.withReview(findings, { input: reviews, unreviewed });
  }

  /** The analysis of the version last checked, if it is still that version. */
  kept(uri: string, version?: number): Analysis | undefined {
    const analysis = this.#kept.get(uri);
    return analysis && (version === undefined || analysis.version === version) ? analysis : undefined;
  }

  /** Drops the kept analysis of a document whose text did not change but whose context did (last year's report). */
  forget(uri: string): void {
    this.#kept.delete(uri);
  }

  /** A document closed (or a CLI input done): its analysis is dropped; the file on disk may be indexed again with `addFile`. */
  close(uri: string): string[] {
    this.#kept.delete(uri);
    this.#indexed.delete(uri);
    return this.#index.delete(uri);
  }

  /**
   * A report the host knows but the user is not editing (a workspace file, another CLI input): indexed for
   * the cross-year rules, not checked. Returns the open documents that compare with it.
   */
  addFile(input: CheckInput): string[] {
    if (this.#index.isOpen(input.uri)) return [];
    const config = input.config ?? DEFAULT_CONFIG;
    const { report, limited } = this.#read(input.text, config);
    if (limited) return this.removeFile(input.uri);
    this.#indexed.set(input.uri, { text: input.text, format: config.format, report });
    return this.#index.set(input.uri, report, this.#nameOf(input), false);
  }

  /** A file deleted: returns the open documents that compared with it. */
  removeFile(uri: string): string[] {
    this.#indexed.delete(uri);
    return this.#index.isOpen(uri) ? [] : this.#index.delete(uri);
  }

  /** Whether a uri is in the report index (an annual report naming its unit and year), for the host's log. */
  isIndexedReport(uri: string): boolean {
    return this.#index.has(uri);
  }

  /** Last year's report of a unit, for a new report's template. */
  findReport(unit: string, year: number): Report | undefined {
    return this.#index.find(unit, year);
  }

  /**
   * Applies fixes in rounds until none is left (fixes that overlap settle in the next round); `selection`
   * limits them to some rules, or to the safe ones. The cross-year context of `uri` is used when it is known.
   */
  fixAll(text: string, config: Config, selection: FixSelection = {}, uri?: string): FixAllResult {
    const kept = uri ? this.#kept.get(uri) : undefined;
    const previous = uri && kept ? this.#index.previousOf(uri, kept.report) : undefined;
    const context = { caches: this.#caches, ...(previous ? { previous } : {}) };
    // what a reviewer checked stays as written, in every round
    const options = kept?.review ? { ...this.options, review: kept.review.input } : this.options;
    if (!kept || kept.text !== text || !sameConfig(kept.config, config)) return fixAll(text, config, selection, context, options);
    // the first round from the kept analysis of this very text: no check to repeat before the edits
    const first = applyFixes(text, selectedFixes(kept.findings, selection));
    if (first.applied === 0) return first;
    return joinFixResults(first, fixAll(first.text, config, selection, context, options));
  }

  /** Forgets everything kept (settings changed what a check computes, or a measurement wants a cold check). */
  clearCaches(): void {
    this.#caches.clear();
    this.#kept.clear();
    this.#indexed.clear();
  }

  #read(text: string, config: Config): Read {
    return toEnd(this.#readSteps(text, config));
  }

  *#readSteps(text: string, config: Config): Steps<Read> {
    const kind = textKind(text);
    if (kind.kind === 'binary') return { report: plainReport(''), limited: 'binary' };
    // its lines, for the one finding on the first garbled one; no rule reads the garbage
    if (kind.kind === 'mis-decoded') return { report: plainReport(text), limited: 'encoding', misDecoded: kind };
    if (text.length > (config.maxFileSize ?? DEFAULT_CONFIG.maxFileSize!)) return { report: plainReport(text), limited: 'too-large' };
    return { report: yield* parseSteps(text, { format: config.format, caches: this.#caches }) };
  }

  #limitedFindings(report: Report, limited: Limited, size: number, config: Config, context: RuleContext): Finding[] {
    if (limited === 'binary') return [];
    if (limited === 'encoding') return toEnd(lintSteps(report, config, context, this.options));
    const limit = { size, limit: config.maxFileSize ?? DEFAULT_CONFIG.maxFileSize! };
    return toEnd(lintSteps(report, config, { ...context, limit }, { ...this.options, cheapOnly: true }));
  }

  #nameOf(input: CheckInput): string {
    if (input.name) return input.name;
    const last = input.uri.slice(input.uri.lastIndexOf('/') + 1);
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  }
}

/** how a text was read: a report model, and why it is not checked in full */
interface Read {
  readonly report: Report;
  readonly limited?: Limited;
  readonly misDecoded?: { readonly replaced: number; readonly firstReplaced: number };
}

function sameConfig(a: Config, b: Config): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function createChecker(options: CheckerOptions = {}): Checker {
  return new Checker(options);
}

/** NUL or other control characters among the replacement characters: bytes that were not text, not a report. */
export function looksBinary(text: string): boolean {
  return textKind(text).kind === 'binary';
}

/** A report model with no structure: lines and the half-width text only, for the cheap rules. */
function plainReport(text: string): Report {
  return {
    text, folded: toHalfWidth(text), lines: new LineIndex(text), format: 'unknown', isAnnualReport: false,
    script: 'simplified', traditionalLines: [], headings: [], sections: [], tables: [], prose: { sentences: [], periods: [], lines: [] },
  };
}
