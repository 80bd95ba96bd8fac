import { tableSpec } from '../../formats';
import { renderTable } from '../../formats/render';
import type { SectionSpec } from '../../formats/schema';
import type { Report } from '../../model/types';
import { defineRule } from '../kit/define';
import { checkedEra, headingText, sectionsBySpec } from '../kit/sections';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'missing-section',
    name: { zh: '缺少部分', en: 'Missing section' },
    defaultSeverity: 'error',
    description: { zh: '缺少规定的报告部分', en: 'a mandatory section of the format is missing' },
    fixable: true,
    fix: 'review',
  },
  check(report, add) {
    const era = checkedEra(report);
    if (!era) return;
    const found = sectionsBySpec(report);
    for (const spec of era.sections) {
      if (found.has(spec.id)) continue;
      const insertAt = insertionPoint(report, era.sections, spec, found);
      const heading = headingText(spec, report);
      const table = era.sectionsOrdered && spec.table && era.id !== '2008' ? `\n${renderTable(tableSpec(spec.table, era.id))}\n` : '';
      const atEnd = insertAt === report.text.length;
      const text = atEnd ? `\n\n${heading}\n${table}` : `${heading}\n${table}\n`;
      add({
        span: report.title?.span ?? lineSpanAt(report, insertAt),
        severity: era.missingSectionSeverity,
        // every missing section is said on the title: a review decision names the section
        subject: spec.title,
        message: msg(messages.message, { section: spec.title, basis: era.basis }),
        fix: era.sectionsOrdered
          ? { title: msg(messages.fix, { heading }), edit: { span: { start: insertAt, end: insertAt }, text } }
          : undefined,
      });
    }
  },
});

/** Before the next section that is present; the first section goes right after the title. */
function insertionPoint(report: Report, order: readonly SectionSpec[], spec: SectionSpec, found: ReadonlyMap<string, unknown>): number {
  if (spec.numeral === 1) {
    if (!report.title) return 0;
    const titleLine = report.lines.lineAt(report.title.span.end);
    return report.lines.lines[titleLine.index + 1]?.start ?? report.text.length;
  }
  const next = order.slice(order.indexOf(spec) + 1).find((candidate) => found.has(candidate.id));
  if (!next) return report.text.length;
  return report.sections.find((section) => section.spec?.id === next.id)!.heading.span.start;
}

function lineSpanAt(report: Report, offset: number) {
  const line = report.lines.lineAt(Math.min(offset, report.text.length));
  return { start: line.start, end: line.end };
}
