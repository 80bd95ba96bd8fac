import { analyze, applyEdits, DEFAULT_CONFIG, type Config, type Finding } from '../../server/src/core';

export interface Located extends Finding {
  /** 1-based */
  readonly line: number;
  /** the text under the finding */
  readonly under: string;
}

export function check(text: string, config: Partial<Config> = {}): Located[] {
  const { report, findings } = analyze(text, { ...DEFAULT_CONFIG, ...config });
  return findings.map((finding) => ({
    ...finding,
    line: report.lines.positionAt(finding.span.start).line + 1,
    under: text.slice(finding.span.start, finding.span.end),
  }));
}

export function ofRule(text: string, ruleId: string, config: Partial<Config> = {}): Located[] {
  return check(text, config).filter((finding) => finding.ruleId === ruleId);
}

/** Applies the fix of every finding of the rule, as the quick fixes would, and returns the new text. */
export function applyRuleFixes(text: string, ruleId: string): string {
  const edits = ofRule(text, ruleId).flatMap((finding) => (finding.fix ? [finding.fix.edit] : []));
  return applyEdits(text, edits).text;
}
