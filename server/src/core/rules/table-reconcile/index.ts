import { diagnose } from '../../reconcile/diagnose';
import { describeTerms } from '../../reconcile/describe';
import { tableInstances, type Evaluation } from '../../reconcile/equations';
import { msg, render, type Locale } from '../../messages';
import { messages } from './messages';
import type { Table } from '../../model/types';
import { formatNumber } from '../../text/numbers';
import type { Caches } from '../../cache/caches';
import { throwIfCancelled } from '../../cache/cancellation';
import { memoSlot } from '../../cache/object-memo';
import { defineRule, movedFindings, type FindingInput } from '../kit/define';

export default defineRule({
  meta: {
    id: 'table-reconcile',
    defaultSeverity: 'error',
    description: { zh: '表格勾稽关系不成立', en: 'a reconciliation equation of the tables fails' },
    fixable: true,
    fix: 'review',
  },
  check(report, add, context) {
    const findingsByTable = context.caches.get(FINDINGS_BY_TABLE);
    for (const table of report.tables) {
      throwIfCancelled(context.token);
      findingsByTable.get(table, (unseen) => tableFindings(report.text, unseen, context.caches)).forEach(add);
    }
  },
});

/**
 * Equations never cross tables, so neither does a diagnosis: each table's findings are kept with it, and an
 * unchanged or moved table (see parse/table-cache.ts) is not checked again. The fixes read only the table's own text.
 */
const FINDINGS_BY_TABLE = memoSlot<Table, readonly FindingInput[]>('table-reconcile findings', movedFindings);

function tableFindings(text: string, table: Table, caches: Caches): FindingInput[] {
  const findings: FindingInput[] = [];
  const { culprits, failures, inHolding } = diagnose(tableInstances(table, caches));
  for (const culprit of culprits) {
    const value = formatNumber(culprit.expected);
    findings.push({
      span: culprit.term.span,
      message: msg(culprit.term.value.kind === 'blank' ? messages['culprit-blank'] : messages.culprit, {
        count: culprit.evaluations.length,
        expected: value,
        equations: equationList(culprit.evaluations),
      }),
      fix: { title: msg(messages.fix, { value }), edit: cellEdit(text, culprit.term.span, value) },
    });
  }
  // a total that two failing equations want different values for (one value for both would have made it a
  // culprit): writing what one wants leaves the other's finding on the same cell, so neither offers a fix
  const anchors = new Map<number, number>();
  for (const failure of failures) {
    const anchor = failureAnchor(failure).span.start;
    anchors.set(anchor, (anchors.get(anchor) ?? 0) + 1);
  }
  const contested = new Set([...anchors].filter(([, count]) => count > 1).map(([start]) => start));
  for (const failure of failures) findings.push(failureFinding(text, failure, inHolding, contested));
  return findings;
}

/** Writing into an empty pipe cell keeps the blanks around the number; a comment in the cell is kept too. */
function cellEdit(text: string, span: { start: number; end: number }, value: string) {
  const content = text.slice(span.start, span.end);
  if (content.includes('<!--')) return { span: { start: span.start, end: span.start }, text: `${value} ` };
  const empty = content.trim() === '';
  const padded = empty && text[span.start - 1] === '|' && text[span.end] === '|' ? ` ${value} ` : value;
  return { span, text: padded };
}

/** where a failing equation is reported: its total, or the last term of a balance (一 + 二 = 三 + 四) */
function failureAnchor({ instance }: Evaluation) {
  return instance.left.length === 1 ? instance.left[0] : instance.right[instance.right.length - 1];
}

function failureFinding(text: string, evaluation: Evaluation, inHolding: ReadonlySet<number>, contested: ReadonlySet<number>): FindingInput {
  const { instance } = evaluation;
  const common = { equation: instance.description, scope: instance.scope };
  if (instance.left.length === 1) {
    const total = instance.left[0];
    const expected = formatNumber(evaluation.rightSum);
    // no fix that would break an equation that holds now: the wrong cell is elsewhere, and fixes would ping-pong
    const fix = total.editable && !inHolding.has(total.span.start) && !contested.has(total.span.start)
      ? { title: msg(messages.fix, { value: expected }), edit: cellEdit(text, total.span, expected) }
      : undefined;
    return {
      span: total.span,
      message: evaluation.blankTotal
        ? msg(messages['blank-total'], { ...common, total: total.label, sum: formatNumber(evaluation.rightSum), expected })
        : msg(messages.total, {
          ...common,
          total: total.label,
          parts: describeTerms(instance.right),
          sum: formatNumber(evaluation.rightSum),
          actual: formatNumber(evaluation.leftSum),
          expected,
        }),
      fix,
    };
  }
  const anchor = failureAnchor(evaluation);
  return {
    span: anchor.span,
    message: msg(messages.balance, {
      ...common,
      left: describeTerms(instance.left),
      leftSum: formatNumber(evaluation.leftSum),
      right: describeTerms(instance.right),
      rightSum: formatNumber(evaluation.rightSum),
      difference: formatNumber(Math.abs(evaluation.leftSum - evaluation.rightSum)),
    }),
  };
}


function equationList(evaluations: readonly Evaluation[]) {
  const text = (locale: Locale) => evaluations
    .map(({ instance }) => `${instance.id} ${locale === 'en' ? instance.description.en : instance.description.zh}${render(instance.scope, locale)}`)
    .join(locale === 'en' ? '; ' : '；');
  return { zh: text('zh-CN'), en: text('en') };
}
