import { SCRIPT_RULES, type Config } from './config';
import { render } from '../messages';
import type { Span, TextEdit } from '../text/span';
import type { Report } from '../model/types';
import { RULES } from '../rules';
import { Suppressions } from './suppress';
import { CheckCancelled, throwIfCancelled } from '../cache/cancellation';
import { toEnd, type Steps } from '../cache/steps';
import type { FixSafety, Rule, RuleContext, Severity, SuppressionUse } from '../rules/kit/define';

export interface Fix {
  readonly title: string;
  readonly edit: TextEdit;
  readonly safety: FixSafety;
}

/** Which fixes a fix-all applies: only safe ones (on save, --fix) or every one (--fix-all), of some rules or all. */
export interface FixSelection {
  readonly rules?: ReadonlySet<string>;
  readonly safeOnly?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fix?: Fix;
  /** what the finding is about when its place does not say (a missing section's): its review key */
  readonly subject?: string;
  /**
   * a reviewer checked it and it stays (.gkreport-review.json): it keeps its severity, the CLI counts it apart and
   * sets no exit code by it, the editor shows it as a hint with the reason
   */
  readonly reviewed?: { readonly reason: string };
}

/** Runs every enabled rule over one parsed report, honours suppression comments; findings sorted by position. */
export interface LintOptions {
  /** a rule that throws is isolated: the others still report, and this hears of it (the server logs it once) */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /** only the rules marked cheap (documents over the size limit) */
  readonly cheapOnly?: boolean;
  /** the rules to run; default every rule of the product (tests replace one to see that a failure is heard) */
  readonly rules?: readonly Rule[];
}

export function lint(report: Report, config: Config, context: RuleContext, options: LintOptions = {}): Finding[] {
  return toEnd(lintSteps(report, config, context, options));
}

/**
 * The same, one rule per step: a host that must stay responsive (the server) runs the steps a few at a time and
 * answers other requests between them, or stops a check that a newer version made useless (`return()`).
 */
export function* lintSteps(report: Report, config: Config, context: RuleContext, options: LintOptions = {}): Steps<Finding[]> {
  const findings: Finding[] = [];
  const suppressions = new Suppressions(report.text, report.lines);
  const rules = options.rules ?? RULES;
  const enabled = rules.filter((rule) => {
    const configured = config.rules[rule.meta.id];
    if (configured === 'off') return false;
    if (options.cheapOnly && !rule.meta.cheap) return false;
    return !(config.scriptPolicy === 'any' && SCRIPT_RULES.includes(rule.meta.id) && configured === undefined);
  });
  const run = (rule: Rule, ruleContext: RuleContext, suppressible: boolean) => {
    throwIfCancelled(context.token);
    const before = findings.length;
    try {
      runRule(rule, report, config, ruleContext, suppressible ? suppressions : undefined, findings, config.rules[rule.meta.id] as Severity | undefined);
    } catch (error) {
      if (error instanceof CheckCancelled) throw error;
      findings.length = before;
      options.onRuleError?.(rule.meta.id, error);
    }
  };
  // encoding: a text decoded with the wrong encoding is garbage to every other rule
  if (context.misDecoded) {
    for (const rule of enabled.filter((candidate) => candidate.meta.phase === 'encoding')) run(rule, context, false);
    return findings;
  }
  // limit: only when the document is over the size limit; then the others; then what needs to know what was suppressed
  if (context.limit) {
    for (const rule of enabled.filter((candidate) => candidate.meta.phase === 'limit')) {
      run(rule, context, false);
      yield;
    }
  }
  for (const rule of enabled.filter((candidate) => (candidate.meta.phase ?? 'main') === 'main')) {
    run(rule, context, true);
    yield;
  }
  const use: SuppressionUse = {
    directives: suppressions.directives,
    unused: suppressions.unused(),
    known: new Set(rules.map((rule) => rule.meta.id)),
    off: new Set(Object.entries(config.rules).filter(([, setting]) => setting === 'off').map(([id]) => id)),
  };
  for (const rule of enabled.filter((candidate) => candidate.meta.phase === 'suppression')) run(rule, { ...context, suppressions: use }, false);
  return findings.sort(byPosition);
}

/** The order of findings: by position, then by rule. */
export function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

/** The findings of the rules of one phase run on their own (the review phase: when decisions are applied after a check). */
export function lintPhase(report: Report, config: Config, context: RuleContext, phase: NonNullable<Rule['meta']['phase']>, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of (options.rules ?? RULES).filter((candidate) => candidate.meta.phase === phase && config.rules[candidate.meta.id] !== 'off')) {
    const before = findings.length;
    try {
      runRule(rule, report, config, context, undefined, findings, config.rules[rule.meta.id] as Severity | undefined);
    } catch (error) {
      findings.length = before;
      options.onRuleError?.(rule.meta.id, error);
    }
  }
  return findings;
}

function runRule(
  rule: Rule, report: Report, config: Config, context: RuleContext, suppressions: Suppressions | undefined, findings: Finding[], configured: Severity | undefined,
): void {
  const safety = rule.meta.fix ?? 'review';
  // validated when the configuration was read (resolveConfig); the rule fills its defaults from its own schema
  const withOptions: RuleContext = {
    ...context,
    ...(rule.meta.options ? { options: config.options?.[rule.meta.id] ?? {} } : {}),
    // a document without suppression comments (most) spares a rule the question for each of its findings
    ...(suppressions && suppressions.directives.length > 0 ? { suppressed: (offset: number) => suppressions.suppresses(rule.meta.id, offset) } : {}),
  };
  rule.check(report, (input) => {
    // a rule that says it has no fix and offers one is broken: isolated like any rule that fails
    if (input.fix && !rule.meta.fixable) throw new Error(`${rule.meta.id} is not fixable but returned a fix`);
    if (suppressions?.suppresses(rule.meta.id, input.span.start)) return;
    findings.push({
      ruleId: rule.meta.id,
      severity: input.pinnedSeverity ?? configured ?? input.severity ?? rule.meta.defaultSeverity,
      message: render(input.message, config.locale),
      span: input.span,
      fix: input.fix ? { title: render(input.fix.title, config.locale), edit: input.fix.edit, safety } : undefined,
      ...(input.subject ? { subject: input.subject } : {}),
    });
  }, withOptions);
}

/** Applies non-overlapping edits from last to first; an edit that overlaps one already taken is skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number; taken: readonly TextEdit[] } {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  // the pieces are gathered back to front and joined once: splicing the whole text for each edit is quadratic
  const pieces: string[] = [];
  const taken: TextEdit[] = [];
  let limit = text.length;
  for (const edit of sorted) {
    if (edit.span.end > limit) continue;
    pieces.push(text.slice(edit.span.end, limit), edit.text);
    limit = edit.span.start;
    taken.push(edit);
  }
  pieces.push(text.slice(0, limit));
  return { text: pieces.reverse().join(''), applied: taken.length, taken };
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { span: { start, end: before.length - end }, text: after.slice(start, after.length - end) };
}
