import { eraById } from '../../formats';
import type { Grid } from '../../model/types';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

const ERA_NAMES = { '2008': { zh: '2008年版', en: '2008-era' }, '2019': { zh: '2019年版', en: '2019' }, '2021': { zh: '2021年版', en: '2021' } };

export default defineRule({
  meta: {
    id: 'format-outdated',
    name: { zh: '格式过时', en: 'Outdated format' },
    defaultSeverity: 'warning',
    description: { zh: '报告采用了已废止的格式', en: 'the report uses a superseded format' },
    fixable: false,
  },
  check(report, add) {
    if (report.format === 'unknown' || report.format === '2008' || report.year === undefined) return;
    const expected = eraById(report.format);
    const params = { year: report.year.year, expected: ERA_NAMES[report.format], basis: expected.basis };
    for (const table of report.tables) {
      if (table.kind === 'standard' && table.eraEvident && table.spec.era < report.format) {
        add({
          span: tableStart(table.grid),
          message: msg(messages.message, { ...params, actual: ERA_NAMES[table.spec.era], table: table.spec.title }),
        });
      }
    }
    const hasStandard = report.tables.some((table) => table.kind === 'standard');
    const oldAppendix = report.tables.find((table) => table.kind === 'generic' && table.breakdowns.length > 0);
    if (!hasStandard && oldAppendix) {
      add({
        span: tableStart(oldAppendix.grid),
        message: msg(messages.message, { ...params, actual: ERA_NAMES['2008'], table: oldAppendix.grid.caption?.text ?? '附表' }),
      });
    }
  },
});

function tableStart(grid: Grid) {
  return grid.caption?.span ?? grid.rows[0]?.span ?? grid.span;
}
