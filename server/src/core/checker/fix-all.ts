import type { Config } from './config';
import { applyEdits, lint, type Finding, type FixSelection, type LintOptions } from './lint';
import { applyReviews } from './reviews';
import { Caches } from '../cache/caches';
import { parseReport } from '../parse/report';
import type { ReviewInput } from '../review/decision';
import type { RuleContext } from '../rules/kit/define';

/** What a fix-all did: the text after it, how many fixes it applied, and how many of each rule (the client tells the user). */
export interface FixAllResult {
  readonly text: string;
  readonly applied: number;
  readonly byRule: Readonly<Record<string, number>>;
}

/** Applies the fixes of `findings` that do not overlap, counting them by rule. */
export function applyFixes(text: string, findings: readonly Finding[]): FixAllResult {
  const ruleOf = new Map(findings.map((finding) => [finding.fix!.edit, finding.ruleId]));
  const result = applyEdits(text, findings.map((finding) => finding.fix!.edit));
  const byRule: Record<string, number> = {};
  for (const edit of result.taken) {
    const rule = ruleOf.get(edit)!;
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  return { text: result.text, applied: result.applied, byRule };
}

/** Two fix-alls one after the other, as one. */
export function joinFixResults(first: FixAllResult, then: FixAllResult): FixAllResult {
  const byRule: Record<string, number> = { ...first.byRule };
  for (const [rule, count] of Object.entries(then.byRule)) byRule[rule] = (byRule[rule] ?? 0) + count;
  return { text: then.text, applied: first.applied + then.applied, byRule };
}

/**
 * Applies fixes until none is left (at most `passes` rounds): fixes that overlap in one round,
 * such as a traditional span and the Taiwan term inside it, are taken in the next.
 */
export function fixAll(
  text: string, config: Config, selection: FixSelection = {}, context: RuleContext = { caches: new Caches() }, options: FixAllOptions = {}, passes = 10,
): FixAllResult {
  let result: FixAllResult = { text, applied: 0, byRule: {} };
  for (let pass = 0; pass < passes; pass++) {
    const report = parseReport(result.text, { format: config.format, caches: context.caches });
    const linted = lint(report, config, context, options);
    const findings = selectedFixes(options.review ? applyReviews(report, linted, options.review, config, context, options) : linted, selection);
    if (findings.length === 0) break;
    const round = applyFixes(result.text, findings);
    if (round.text === result.text) break;
    result = joinFixResults(result, round);
  }
  return result;
}

/** A fix-all's options: a lint's, and the review decisions whose findings stay as they are. */
export interface FixAllOptions extends LintOptions {
  readonly review?: ReviewInput;
}

/** The findings whose fixes a fix-all with `selection` applies: never one a reviewer checked (it stays as written). */
export function selectedFixes(findings: readonly Finding[], selection: FixSelection): Finding[] {
  return findings.filter((finding) => finding.fix && !finding.reviewed && (!selection.rules || selection.rules.has(finding.ruleId)) && (!selection.safeOnly || finding.fix.safety === 'safe'));
}
