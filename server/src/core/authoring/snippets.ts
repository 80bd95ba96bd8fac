import { eraById, TABLE_NAMES, tableSpec } from '../formats';
import { renderTable } from '../formats/render';
import type { EraId } from '../formats/schema';
import { reportTemplate, sectionTemplate, type TemplateOptions } from './templates';

export interface Snippet {
  readonly prefix: string[];
  readonly description: string;
  readonly body: string[];
}

/**
 * Tab stops: ${1:unit}, ${2:year}, then one per number cell and per section body, in order. The unit comes first
 * because the title names it first; the year is one tab stop in every place it appears (the title, the statistics
 * period), so the period follows what is typed into the title.
 * `cells` gives what each number cell holds: a tab stop in the snippet file, a number in the tests.
 */
export interface SnippetFill {
  readonly cell: (index: number, rowId: string, columnId: string) => string;
  readonly text: (index: number, placeholder: string) => string;
}

/** The snippet file's own syntax: `${n:default}`, with $ } \ in the text escaped. */
export const TAB_STOPS: SnippetFill = {
  cell: (index) => `\${${index}:填写}`,
  text: (index, placeholder) => `\${${index}:${placeholder.replace(/[$}\\]/g, '\\$&')}}`,
};

function counter(start: number) {
  let next = start;
  return () => next++;
}

function report(era: EraId, fill: SnippetFill): string {
  const next = counter(3);
  const options: TemplateOptions = {
    era,
    unit: fill.text(1, '单位名称'),
    year: fill.text(2, era === '2008' ? '2018' : era === '2019' ? '2020' : '2024'),
    fill: (rowId, columnId) => fill.cell(next(), rowId, columnId),
    body: (section) => fill.text(next(), `（${section.title}）`),
  };
  return reportTemplate(options);
}

function table(era: '2019' | '2021', id: 't2' | 't3' | 't4', fill: SnippetFill): string {
  const next = counter(1);
  return `${renderTable(tableSpec(id, era), (rowId, columnId) => fill.cell(next(), rowId, columnId))}\n`;
}

function section(era: '2019' | '2021', index: number, fill: SnippetFill): string {
  const next = counter(1);
  const spec = eraById(era).sections[index];
  return sectionTemplate(era, spec, index, {
    fill: (rowId, columnId) => fill.cell(next(), rowId, columnId),
    body: () => fill.text(next(), `（${spec.title}）`),
  });
}

/** Every snippet, by name. `fill` decides what the tab stops become (the snippet file, or filled text in tests). */
export function buildSnippets(fill: SnippetFill = TAB_STOPS): Record<string, Snippet> {
  const lines = (text: string) => text.split('\n');
  const snippets: Record<string, Snippet> = {
    'Annual report, 2021 format': { prefix: ['年报', '年度报告', 'annual-report'], description: '政府信息公开工作年度报告（2021年版格式，国办公开办函〔2021〕30号）', body: lines(report('2021', fill)) },
    'Annual report, 2019 format': { prefix: ['年报2019', 'annual-report-2019'], description: '政府信息公开工作年度报告（2019年版格式，国办公开办函〔2019〕60号）', body: lines(report('2019', fill)) },
    'Annual report, 2008 era': { prefix: ['年报2008', 'annual-report-2008'], description: '政府信息公开年度报告（2008—2018年，《条例》第三十二条）', body: lines(report('2008', fill)) },
  };
  for (const era of ['2021', '2019'] as const) {
    const suffix = era === '2021' ? '' : '2019';
    for (const id of ['t2', 't3', 't4'] as const) {
      const name = TABLE_NAMES[id];
      const prefix = [`${name}${suffix}`, `table${id.slice(1)}${suffix ? `-${suffix}` : ''}`];
      if (id === 't3' && era === '2021') prefix.push('勾稽', '依申请公开表');
      snippets[`${name} ${tableSpec(id, era).title} (${era})`] = { prefix, description: `${name}：${tableSpec(id, era).title}（${era}年版）`, body: lines(table(era, id, fill)) };
    }
  }
  eraById('2021').sections.forEach((spec, index) => {
    snippets[`Section ${index + 1}: ${spec.title}`] = {
      prefix: [spec.title, `section-${spec.id}`],
      description: `${['一', '二', '三', '四', '五', '六'][index]}、${spec.title}`,
      body: lines(section('2021', index, fill)),
    };
  });
  return snippets;
}
