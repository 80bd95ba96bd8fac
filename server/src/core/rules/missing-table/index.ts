import { tableSpec } from '../../formats';
import { renderTable } from '../../formats/render';
import { defineRule } from '../kit/define';
import { checkedEra, sectionsBySpec } from '../kit/sections';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'missing-table',
    name: { zh: '缺少统计表', en: 'Missing table' },
    defaultSeverity: 'error',
    description: { zh: '规定的统计表缺失', en: 'a section lacks its mandatory table' },
    fixable: true,
    fix: 'review',
  },
  check(report, add) {
    const era = checkedEra(report);
    if (!era || era.id === '2008') return;
    for (const [, occurrences] of sectionsBySpec(report)) {
      const spec = occurrences[0].spec!;
      if (!spec.table) continue;
      const hasTable = occurrences.some((section) =>
        report.tables.some((table) => table.grid.span.start >= section.span.start && table.grid.span.start < section.span.end));
      if (hasTable) continue;
      const table = tableSpec(spec.table, era.id);
      const heading = occurrences[0].heading;
      // after the heading's line: a heading may run on into its paragraph on the same line
      const lineEnd = report.lines.lineAt(heading.span.start).end;
      add({
        span: heading.titleSpan,
        message: msg(messages.message, { section: spec.title, table: table.title }),
        fix: {
          title: msg(messages.fix, { table: table.title }),
          edit: { span: { start: lineEnd, end: lineEnd }, text: `\n\n${renderTable(table)}\n` },
        },
      });
    }
  },
});
