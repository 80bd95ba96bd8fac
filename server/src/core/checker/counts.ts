import type { Severity } from '../rules/kit/define';
import type { Finding } from './lint';

export type FindingCounts = Readonly<Record<Severity | 'reviewed', number>>;

/**
 * Findings by severity, with what a reviewer checked (.gkreport-review.json) apart: a reviewed finding keeps its
 * severity but is counted only as reviewed — not as an error left to fix (the exit code, the status bar, the totals).
 */
export function findingCounts(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0, hint: 0, reviewed: 0 };
  for (const finding of findings) counts[finding.reviewed ? 'reviewed' : finding.severity]++;
  return counts;
}
