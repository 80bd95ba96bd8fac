import type { Report } from '../model/types';
import { readDecisions, type Decision, type ReviewFile, type ReviewInput } from '../review/decision';
import { isThisReport, reviewKey } from '../review/key';
import { msg, render, type Locale } from '../messages';
import { review as reviewMessages } from '../messages/review';
import { ruleById } from '../rules';
import type { RuleContext } from '../rules/kit/define';
import type { Config } from './config';
import { byPosition, lintPhase, type Finding, type LintOptions } from './lint';

/** The rule that says a decision is stale: its own findings are not reviewed (a decision about it would silence itself). */
const STALE_REVIEW = 'stale-review';

/**
 * The review decisions applied to a check's findings: a finding a decision names (this report, the rule, the key)
 * is marked reviewed with the decision's reason; a decision about this report that names none is a `stale-review`
 * finding. Decisions about other reports are left alone. Pure: the checker applies a changed file to a kept check.
 */
export function applyReviews(
  report: Report, findings: readonly Finding[], review: ReviewInput, config: Config, context: RuleContext, options: LintOptions = {},
): readonly Finding[] {
  const mine = review.decisions.filter((decision) => isThisReport(decision.report, report, review));
  if (mine.length === 0) return findings;
  const byRule = new Map<string, Map<string, Decision>>();
  for (const decision of mine) {
    const keys = byRule.get(decision.rule) ?? new Map<string, Decision>();
    byRule.set(decision.rule, keys);
    // a second decision of the same finding is never used: stale, so that the file is tidied
    if (!keys.has(decision.key)) keys.set(decision.key, decision);
  }
  const used = new Set<Decision>();
  const marked = findings.map((finding) => {
    const keys = finding.ruleId === STALE_REVIEW ? undefined : byRule.get(finding.ruleId);
    const key = keys && reviewKey(report, finding);
    const decision = key === undefined ? undefined : keys!.get(key);
    if (!decision) return finding;
    used.add(decision);
    return { ...finding, reviewed: { reason: decision.reason } };
  });
  const stale = mine.filter((decision) => !used.has(decision));
  if (stale.length === 0) return marked;
  return [...marked, ...lintPhase(report, config, { ...context, staleReviews: stale }, 'review', options)].sort(byPosition);
}

/** A parsed review file validated against the rules of the product (a decision for an unknown rule id is skipped and named). */
export function resolveReviews(raw: unknown, locale: Locale, name?: string): ReviewFile {
  return readDecisions(raw, locale, (id) => ruleById(id) !== undefined, name);
}

/** Whether two hosts' review inputs are the same (the same file read once is the same array). */
export function sameReviews(a: ReviewInput | undefined, b: ReviewInput | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return (a?.decisions.length ?? 0) === 0 && (b?.decisions.length ?? 0) === 0;
  return a.path === b.path && (a.decisions === b.decisions || JSON.stringify(a.decisions) === JSON.stringify(b.decisions));
}

/** A finding's message with the reviewer's reason after it, where a host has no field of its own for it (the editor, text, CSV). */
export function reviewedMessage(finding: Finding, locale: Locale): string {
  return finding.reviewed ? `${finding.message} [${render(msg(reviewMessages.reviewed, { reason: finding.reviewed.reason }), locale)}]` : finding.message;
}
