import { msg } from '../../messages';
import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import { defineRule, type FixInput } from '../kit/define';
import { messages } from './messages';

/**
 * Run after every other rule (its phase), since it needs to know what they suppressed: a suppression comment,
 * or a rule id in one, that suppressed nothing, or a rule id that does not exist.
 */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    name: { zh: '无用的禁用注释', en: 'Unused suppression' },
    defaultSeverity: 'hint',
    description: { zh: '未起作用或规则 id 不存在的抑制注释', en: 'a suppression comment that suppresses nothing, or names an unknown rule' },
    fixable: true,
    fix: 'safe',
    phase: 'suppression',
    cheap: true,
  },
  check(report, add, context) {
    const use = context.suppressions;
    if (!use) return;
    for (const directive of use.directives) {
      for (const ruleId of directive.ruleIds) {
        if (!use.known.has(ruleId.id)) add({ span: ruleId.span, message: msg(messages.unknown, { id: ruleId.id }) });
      }
    }
    for (const { directive, ruleId } of use.unused) {
      // an unknown id is reported above; a rule that is off suppresses nothing by design
      if (ruleId && (!use.known.has(ruleId.id) || use.off.has(ruleId.id))) continue;
      const single = !ruleId || directive.ruleIds.length === 1;
      add({
        span: ruleId?.span ?? directive.span,
        message: ruleId ? msg(messages['unused-id'], { id: ruleId.id }) : msg(messages.unused),
        ...(single ? { fix: removal(report, directive.span) } : {}),
      });
    }
  },
});

/** Removes the comment, and its line when the comment is all there is on it. */
function removal(report: Report, span: Span): FixInput {
  const line = report.lines.lineAt(span.start);
  const wholeLine = report.text.slice(line.start, line.end).trim() === report.text.slice(span.start, span.end);
  const next = report.lines.lines[line.index + 1];
  const edit = wholeLine ? { span: { start: line.start, end: next ? next.start : line.end }, text: '' } : { span, text: '' };
  return { title: msg(messages.fix), edit };
}
