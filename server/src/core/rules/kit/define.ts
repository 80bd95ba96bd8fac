import type { CancellationToken } from '../../cache/cancellation';
import type { Caches } from '../../cache/caches';
import type { z } from 'zod';
import type { Localized } from '../../formats/schema';
import type { MessageRef } from '../../messages';
import { shifted, type Span, type TextEdit } from '../../text/span';
import type { Report } from '../../model/types';
import type { Decision } from '../../review/decision';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * safe: cannot change what the report says (punctuation width, script, brackets of a 文号): applied by
 * fix-on-save, source.fixAll and the CLI's --fix. review: changes a figure or the structure (a total, an inserted
 * section, a deleted repeat): a quick fix and the rule's own "fix all of this kind", never automatic.
 */
export type FixSafety = 'safe' | 'review';

export interface RuleMeta {
  /** kebab-case, stable: settings, suppression comments and the CLI JSON use it */
  readonly id: string;
  /** what the user reads in a Chinese (or English) UI instead of the id: quick-fix titles, settings, fix summaries */
  readonly name: Localized;
  readonly defaultSeverity: Severity;
  readonly description: Localized;
  readonly fixable: boolean;
  /** how far a fix of this rule can be applied without the user looking; a fixable rule without it is `review` */
  readonly fix?: FixSafety;
  /** the options a user may set in .gkreportrc.json ("rule-id": ["warning", { … }]), with their defaults */
  readonly options?: z.ZodType<Record<string, unknown>>;
  /**
   * when it runs: main (default) with the others; limit: only on a document over the size limit, told the size
   * (context.limit); suppression: after every other rule, told which suppression comments were used (context.suppressions);
   * encoding: alone, on a document decoded with the wrong encoding (context.misDecoded), where no other rule runs;
   * review: after the check, when the review decisions are applied, told which of them match no finding (context.staleReviews)
   */
  readonly phase?: 'main' | 'limit' | 'suppression' | 'encoding' | 'review';
  /** cheap: a linear scan of the text, still run on documents over the size limit */
  readonly cheap?: boolean;
}

export interface FixInput {
  readonly title: MessageRef;
  readonly edit: TextEdit;
}

export interface FindingInput {
  readonly span: Span;
  readonly message: MessageRef;
  readonly fix?: FixInput;
  /** a finding milder than the rule's default (a 2008-era missing section is a warning); user settings still win */
  readonly severity?: Severity;
  /**
   * a mark that accompanies a summary finding (a cell under "表三还有 175 个单元格待填写"): a severity configured for
   * the rule applies to the summary, this one keeps its own (shared/spec/rules.md, Options)
   */
  readonly pinnedSeverity?: Severity;
  /**
   * what the finding is about when its place does not say: a missing section is reported on the title, and its
   * review decision names the section (review/key.ts)
   */
  readonly subject?: string;
}

/** What a rule may know beyond its own report. */
export interface RuleContext {
  /** last year's report of the same unit, when the workspace or the CLI's inputs have it */
  readonly previous?: PreviousReport;
  /** the checker's caches: what a rule computes from a table is kept with it (cache/object-memo.ts) */
  readonly caches: Caches;
  /** the rule's options as configured (validated against meta.options); the rule parses them for its defaults */
  readonly options?: Readonly<Record<string, unknown>>;
  /** limit phase: the document's size and the limit it is over */
  readonly limit?: { readonly size: number; readonly limit: number };
  /** encoding phase: how many characters could not be decoded, and the offset of the first */
  readonly misDecoded?: { readonly replaced: number; readonly firstReplaced: number };
  /** suppression phase: the suppression comments, which suppressed nothing, and the rule ids that exist and are on */
  readonly suppressions?: SuppressionUse;
  /**
   * whether a finding of this rule at the offset is suppressed by a comment: a summary that stands for many findings
   * counts (and fixes) only those not suppressed
   */
  readonly suppressed?: (offset: number) => boolean;
  /** review phase: the decisions about this report (.gkreport-review.json) that match no finding */
  readonly staleReviews?: readonly Decision[];
  /** polled between tables: a cancelled check stops (CheckCancelled) */
  readonly token?: CancellationToken;
}

export interface SuppressionUse {
  readonly directives: readonly { readonly span: Span; readonly ruleIds: readonly { readonly id: string; readonly span: Span }[] }[];
  readonly unused: readonly { readonly directive: { readonly span: Span; readonly ruleIds: readonly unknown[] }; readonly ruleId?: { readonly id: string; readonly span: Span } }[];
  readonly known: ReadonlySet<string>;
  readonly off: ReadonlySet<string>;
}

export interface PreviousReport {
  readonly report: Report;
  /** how the user knows it: the file name */
  readonly name: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(report: Report, add: (finding: FindingInput) => void, context: RuleContext): void;
}

/** Findings copied to follow their text `delta` further on (fix edits included; messages hold no offsets). */
export function movedFindings(findings: readonly FindingInput[], delta: number): FindingInput[] {
  return findings.map((finding) => ({
    ...finding,
    span: shifted(finding.span, delta),
    ...(finding.fix ? { fix: { ...finding.fix, edit: { ...finding.fix.edit, span: shifted(finding.fix.edit.span, delta) } } } : {}),
  }));
}

/** Identity: gives a rule file its type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
