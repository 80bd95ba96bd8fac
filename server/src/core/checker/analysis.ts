import type { Caches } from '../cache/caches';
import type { Config } from './config';
import type { Finding } from './lint';
import type { Report } from '../model/types';
import { equationInstances, tableInstances, type EquationInstance } from '../reconcile/equations';
import type { PreviousReport } from '../rules/kit/define';
import { lastYearRepeat, type RepeatComparison } from '../rules/content-repeat/compare';
import { proseFacts, type ProseFacts } from '../prose/describe';
import type { ReviewInput } from '../review/decision';

export type Limited = 'binary' | 'too-large' | 'encoding';

/**
 * One version of one document, checked: the report model and the findings, kept by the checker and shared
 * by everything a host asks about that version (diagnostics, hover, lenses, symbols, code actions).
 */
export class Analysis {
  #equations: readonly EquationInstance[] | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly config: Config,
    readonly report: Report,
    readonly findings: readonly Finding[],
    /** why the document was not checked in full */
    readonly limited: Limited | undefined,
    /** checked whatever its content (a .gkr file, the user asked), not only when it is an annual report */
    readonly always: boolean,
    private readonly caches: Caches,
    /** last year's report of the same unit, as the check found it (the cross-year rules, the repeat lens) */
    readonly previous?: PreviousReport,
    /** the review decisions applied to `findings`, and the findings before them (a changed review file is applied to these) */
    readonly review?: { readonly input: ReviewInput; readonly unreviewed: readonly Finding[] },
  ) {}

  /** This analysis with other review decisions applied: the same report and check, other `findings`. */
  withReview(findings: readonly Finding[], review: Analysis['review']): Analysis {
    return new Analysis(this.uri, this.version, this.text, this.config, this.report, findings, this.limited, this.always, this.caches, this.previous, review);
  }

  /** the findings as the rules made them, before any review decision */
  get unreviewed(): readonly Finding[] {
    return this.review?.unreviewed ?? this.findings;
  }

  /**
   * whether the host should show the findings: an annual report, a file of the report language, or a file too large
   * or too garbled (decoded with the wrong encoding) to tell
   */
  get applies(): boolean {
    return this.always || this.report.isAnnualReport || this.limited === 'too-large' || this.limited === 'encoding';
  }

  /** every reconciliation equation of the tables, with the cells it reads (computed on first use, kept with the tables) */
  get equations(): readonly EquationInstance[] {
    this.#equations ??= equationInstances(this.report, this.caches);
    return this.#equations;
  }

  /** the equations of the tables at `offset` (a hover on a cell reads one table's, not the whole report's) */
  equationsAt(offset: number): readonly EquationInstance[] {
    return this.report.tables
      .filter((table) => offset >= table.grid.span.start && offset <= table.grid.span.end)
      .flatMap((table) => tableInstances(table, this.caches));
  }

  /** every prose claim and what it was compared with (hovers; read on first use, once per version) */
  get proseFacts(): ProseFacts {
    return proseFacts(this.report, this.caches);
  }

  /** how much of the prose repeats last year's report (content-repeat's lens and hover), when last year's is known */
  get repeat(): RepeatComparison | undefined {
    return this.limited ? undefined : lastYearRepeat(this.report, this.previous, this.caches);
  }
}
