import type { Analysis } from '../checker/analysis';
import type { EquationInstance, Term } from '../reconcile/equations';
import { formatNumber } from '../text/numbers';
import type { TextEdit } from '../text/span';
import { displayWidth } from '../text/width';

/**
 * 计算合计: every derived cell of the tables (a row's 总计, a 小计, （七）总计, 表四's 总计, 四、结转下年度 from
 * 一 + 二 − （七）, a 2008-era total from its numbered 其中 items) that is empty or a template placeholder, computed
 * from its equation when every other term of it is filled, repeated until nothing changes (a 小计 feeds a 总计). A
 * filled cell is never overwritten: a wrong total stays a table-reconcile finding. Nothing is written that would
 * make an equation fail: not where two equations give one cell different values, not a negative value, not a
 * total that disagrees with one already filled (a wrong filled total makes no second finding).
 */
export function computeTotals(analysis: Analysis): TextEdit[] {
  const text = analysis.report.text;
  const empty = (term: Term) => term.value.kind === 'blank' && text.slice(term.span.start, term.span.end).trim() === '';
  const readable = analysis.equations.filter((instance) => instance.unread.every((unread) => unread.reason === 'placeholder' || unread.reason === 'text'));
  // a computed cell that makes an equation fail (its parts disagree with a filled total elsewhere) is left blank, and
  // so is everything computed from it: the totals are computed again without it
  const withheld = new Set<number>();
  for (;;) {
    const computed = fill(readable, empty, withheld);
    const contradicted = contradictedCells(readable, valueReader(computed, empty), computed);
    if (contradicted.length === 0) {
      return [...computed.values()].sort((a, b) => a.term.span.start - b.term.span.start).map(({ term, value }) => cellEdit(text, term, value));
    }
    contradicted.forEach((key) => withheld.add(key));
  }
}

type Computed = ReadonlyMap<number, { readonly term: Term; readonly value: number }>;

/** a term's value when it is filled: a number, a written zero ("-", "无"), or a total computed here */
function valueReader(computed: Computed, empty: (term: Term) => boolean): (term: Term) => number | undefined {
  return (term) => {
    const filled = computed.get(term.span.start);
    if (filled) return filled.value;
    if (term.value.kind === 'number') return term.value.value;
    return term.value.kind === 'blank' && !empty(term) ? 0 : undefined;
  };
}

/** Rounds of solving, until nothing changes (a 小计 feeds a 总计). */
function fill(instances: readonly EquationInstance[], empty: (term: Term) => boolean, withheld: ReadonlySet<number>): Computed {
  const computed = new Map<number, { readonly term: Term; readonly value: number }>();
  const valueOf = valueReader(computed, empty);
  const fillable = (term: Term) => term.editable && !withheld.has(term.span.start) && (term.value.kind === 'placeholder' || empty(term));
  for (;;) {
    const round = new Map<number, { term: Term; values: number[] }>();
    for (const instance of instances) {
      if (!instance.computed) continue;
      const solved = solve(instance, valueOf);
      if (!solved || !fillable(solved.term) || computed.has(solved.term.span.start)) continue;
      const entry = round.get(solved.term.span.start) ?? { term: solved.term, values: [] };
      entry.values.push(solved.value);
      round.set(solved.term.span.start, entry);
    }
    let changed = false;
    for (const [key, { term, values }] of round) {
      if (values[0] < 0 || values.some((value) => Math.abs(value - values[0]) > 1e-9)) continue;
      computed.set(key, { term, value: values[0] });
      changed = true;
    }
    if (!changed) return computed;
  }
}

/** The computed cells of each equation that, every term now known, fails. */
function contradictedCells(instances: readonly EquationInstance[], valueOf: (term: Term) => number | undefined, computed: Computed): number[] {
  const cells: number[] = [];
  for (const instance of instances) {
    const terms = [...instance.left, ...instance.right];
    const mine = terms.filter((term) => computed.has(term.span.start));
    if (mine.length === 0) continue;
    const values = terms.map(valueOf);
    if (values.some((value) => value === undefined)) continue;
    const left = values.slice(0, instance.left.length).reduce((total: number, value) => total + value!, 0);
    const right = values.slice(instance.left.length).reduce((total: number, value) => total + value!, 0);
    if (Math.abs(left - right) > 1e-9) cells.push(...mine.map((term) => term.span.start));
  }
  return cells;
}

/** The computed term and its value, when every other term of the equation is filled. */
function solve(instance: EquationInstance, valueOf: (term: Term) => number | undefined): { term: Term; value: number } | undefined {
  const place = instance.computed!;
  const own = place.side === 'left' ? instance.left : instance.right;
  const other = place.side === 'left' ? instance.right : instance.left;
  const term = own[place.index];
  let value = 0;
  for (const part of other) {
    const known = valueOf(part);
    if (known === undefined) return undefined;
    value += known;
  }
  for (const part of own) {
    if (part === term) continue;
    const known = valueOf(part);
    if (known === undefined) return undefined;
    value -= known;
  }
  return { term, value: Math.round(value * 10000) / 10000 };
}

/**
 * The cell's text replaced by the value, keeping the cell as wide as it was where the value fits (a pipe table the
 * formatter aligned stays aligned, left-aligned as it writes cells): an empty pipe cell spans the blanks between its
 * pipes, a placeholder only its own text.
 */
function cellEdit(text: string, term: Term, value: number): TextEdit {
  const number = formatNumber(value);
  const written = text.slice(term.span.start, term.span.end);
  const inPipes = text[term.span.end] === '|' || /^[ \t]*\|/.test(text.slice(term.span.end, term.span.end + 80));
  if (written.trim() === '') {
    if (written.length === 0) return { span: term.span, text: number };
    const room = written.length - number.length - 1;
    return { span: term.span, text: room >= 1 ? ` ${number}${' '.repeat(room)}` : ` ${number} ` };
  }
  const room = inPipes ? displayWidth(written) - number.length : 0;
  return { span: term.span, text: `${number}${' '.repeat(Math.max(0, room))}` };
}
