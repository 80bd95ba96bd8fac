import type { Span } from '../text/span';
import { evaluate, type EquationInstance, type Evaluation, type Term } from './equations';

/** One cell whose single correction makes several failing equations hold at once. */
export interface Culprit {
  readonly term: Term;
  readonly expected: number;
  readonly evaluations: readonly Evaluation[];
}

export interface Diagnosis {
  readonly culprits: readonly Culprit[];
  /** failing equations no single cell explains */
  readonly failures: readonly Evaluation[];
  /** cells (by start offset) that take part in an equation that holds: changing one would break it */
  readonly inHolding: ReadonlySet<number>;
}

/** cells never share a start offset */
const key = (span: Span) => span.start;

/**
 * One wrong cell breaks its row and its column at once. Where one cell, changed by one amount,
 * repairs every failing equation it is in and is in no equation that holds, report that cell
 * once instead of two totals that are in fact right.
 */
export function diagnose(instances: readonly EquationInstance[]): Diagnosis {
  // an equation that could not be evaluated is not known to fail: it has no part in a diagnosis
  const evaluations = instances.map(evaluate).filter((evaluation): evaluation is Evaluation => evaluation.evaluated);
  let failing = evaluations.filter((evaluation) => !evaluation.holds);
  if (failing.length === 0) return { culprits: [], failures: [], inHolding: new Set() };
  const failingTables = new Set(failing.map((evaluation) => evaluation.instance.table));
  const inHolding = new Set<number>();
  for (const evaluation of evaluations) {
    if (!evaluation.holds || !failingTables.has(evaluation.instance.table)) continue;
    for (const term of evaluation.instance.left) inHolding.add(key(term.span));
    for (const term of evaluation.instance.right) inHolding.add(key(term.span));
  }
  const culprits: Culprit[] = [];
  for (;;) {
    const candidate = bestCandidate(failing, inHolding);
    if (!candidate) break;
    culprits.push(candidate);
    failing = failing.filter((evaluation) => !candidate.evaluations.includes(evaluation));
  }
  return { culprits, failures: failing, inHolding };
}

function bestCandidate(failing: readonly Evaluation[], inHolding: ReadonlySet<number>): Culprit | undefined {
  const byCell = new Map<number, { term: Term; deltas: number[]; evaluations: Evaluation[] }>();
  for (const evaluation of failing) {
    const difference = evaluation.leftSum - evaluation.rightSum;
    const visit = (term: Term, delta: number) => {
      if ((term.value.kind !== 'number' && term.value.kind !== 'blank') || !term.editable) return;
      const entry = byCell.get(key(term.span)) ?? { term, deltas: [], evaluations: [] };
      entry.deltas.push(delta);
      entry.evaluations.push(evaluation);
      byCell.set(key(term.span), entry);
    };
    evaluation.instance.left.forEach((term) => visit(term, -difference));
    evaluation.instance.right.forEach((term) => visit(term, difference));
  }
  const candidates = [...byCell.entries()]
    .filter(([cellKey, entry]) => entry.evaluations.length >= 2 && !inHolding.has(cellKey)
      && entry.deltas.every((delta) => Math.abs(delta - entry.deltas[0]) < 1e-9)
      && (entry.term.value.kind === 'number' ? entry.term.value.value : 0) + entry.deltas[0] >= 0)
    .map(([, entry]) => entry)
    .sort((a, b) => b.evaluations.length - a.evaluations.length);
  // Two cells that would each explain the same failures equally well: no way to tell which is wrong.
  const ambiguous = (entry: (typeof candidates)[number]) => candidates.some((other) => other !== entry
    && other.evaluations.length === entry.evaluations.length && other.evaluations.some((e) => entry.evaluations.includes(e)));
  const best = candidates.find((entry) => !ambiguous(entry));
  if (!best) return undefined;
  const current = best.term.value.kind === 'number' ? best.term.value.value : 0;
  return { term: best.term, expected: Math.round((current + best.deltas[0]) * 10000) / 10000, evaluations: best.evaluations };
}
