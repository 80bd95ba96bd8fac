import { ERAS, renderTable, type TableSpec } from '../../server/src/core';

export type Layout = 'pipe' | 'pipe-merged' | 'tsv' | 'lines';
export type Era = '2019' | '2021';
/** rowId → columnId → cell text */
export type Numbers = Record<string, Record<string, string>>;

const APPLICANTS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'others'];

/** Consistent numbers for 表二/三/四: every equation holds. Tests change one cell at a time. */
export function consistentNumbers(era: Era): Numbers {
  const rows: Record<string, number[]> = {
    new: [60, 8, 1, 0, 2, 1], carried: [3, 1, 0, 0, 0, 0],
    open: [20, 3, 0, 0, 1, 0], partial: [5, 1, 0, 0, 0, 0],
    refused4: [2, 0, 0, 0, 0, 0], refused6: [1, 0, 0, 0, 0, 0],
    unable1: [15, 2, 1, 0, 0, 1], unable2: [3, 0, 0, 0, 0, 0], unable3: [2, 0, 0, 0, 0, 0],
    declined2: [4, 1, 0, 0, 0, 0],
    ...(era === '2021' ? { other1: [3, 0, 0, 0, 0, 0], other3: [1, 0, 0, 0, 0, 0] } : { other: [4, 0, 0, 0, 0, 0] }),
  };
  const t3 = spec('t3', era);
  const leaves = t3.equations.find((equation) => equation.id === 'R3.3')!.right;
  const value = (id: string, index: number) => rows[id]?.[index] ?? 0;
  rows.sum = APPLICANTS.map((_, index) => leaves.reduce((total, id) => total + value(id, index), 0));
  rows.forward = APPLICANTS.map((_, index) => value('new', index) + value('carried', index) - rows.sum[index]);
  const numbers: Numbers = {};
  for (const row of t3.rows) {
    if (row.valued !== 'always') continue;
    const cells = APPLICANTS.map((_, index) => value(row.id, index));
    numbers[row.id] = Object.fromEntries([...APPLICANTS.map((id, index) => [id, String(cells[index])]), ['total', String(cells.reduce((a, b) => a + b, 0))]]);
  }
  const t4: Record<string, number> = { upheld: 2, corrected: 1, otherResult: 0, pending: 1 };
  const t4direct: Record<string, number> = { upheld: 1, corrected: 0, otherResult: 0, pending: 1 };
  numbers.cases = {};
  for (const [block, values] of [['review', t4], ['direct', t4direct], ['after', {}]] as const) {
    let total = 0;
    for (const outcome of ['upheld', 'corrected', 'otherResult', 'pending']) {
      const v = (values as Record<string, number>)[outcome] ?? 0;
      total += v;
      numbers.cases[`${block}.${outcome}`] = String(v);
    }
    numbers.cases[`${block}.total`] = String(total);
  }
  for (const row of spec('t2', era).rows) {
    numbers[row.id] = Object.fromEntries((row.columns ?? []).map((column, index) => [column, String(index + 1)]));
  }
  return numbers;
}

/** the cells 计算合计 computes: every total, 小计, （七）总计 and 结转下年度 */
function derived(rowId: string, columnId: string): boolean {
  return columnId === 'total' || columnId === 'subtotal' || columnId.endsWith('.total') || rowId === 'sum' || rowId === 'forward';
}

/** The consistent numbers with every cell 计算合计 computes replaced by `blank` (the template's 填写, or nothing). */
export function leavesOnly(era: Era, blank: string): Numbers {
  return Object.fromEntries(Object.entries(consistentNumbers(era)).map(([rowId, row]) =>
    [rowId, Object.fromEntries(Object.entries(row).map(([columnId, cell]) => [columnId, derived(rowId, columnId) ? blank : cell]))]));
}

export function spec(id: 't2' | 't3' | 't4', era: Era): TableSpec {
  return ERAS.find((candidate) => candidate.id === era)!.tables.find((table) => table.id === id)!;
}

export function setCell(numbers: Numbers, rowId: string, columnId: string, text: string): Numbers {
  return { ...numbers, [rowId]: { ...numbers[rowId], [columnId]: text } };
}

const fillFrom = (numbers: Numbers) => (rowId: string, columnId: string) => numbers[rowId]?.[columnId] ?? '';

/** 表三 as pasted from Excel: tab-separated, parent labels repeated in leading columns. */
function tsvTable3(table: TableSpec, numbers: Numbers): string {
  const columns = table.columns.filter((column) => !column.optional);
  const lines = [['申请人情况', '', ...columns.map((column) => column.label)].join('\t')];
  let parent = '';
  for (const row of table.rows) {
    if (/^[一二三四]、/.test(row.label)) parent = row.label;
    if (row.valued === 'never') continue;
    const values = columns.map((column) => (row.valued === 'always' ? numbers[row.id]?.[column.id] ?? '' : ''));
    lines.push([parent === row.label ? row.label : parent, parent === row.label ? '' : row.label, ...values].join('\t'));
  }
  return lines.join('\n');
}

/** 表三 in Markdown with merged label cells flattened: three label columns, a parent label only on its first row. */
function mergedPipeTable3(table: TableSpec, numbers: Numbers): string {
  const columns = table.columns.filter((column) => !column.optional);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', '']),
    `|${'---|'.repeat(columns.length + 3)}`,
    line(['', '', '', ...columns.map((column) => column.label)])];
  let top = '';
  let middle = '';
  let printedTop = '';
  let printedMiddle = '';
  for (const row of table.rows) {
    if (/^[一二三四]、/.test(row.label)) { top = row.label; middle = ''; }
    else if (/^（[一二三四五六七]）/.test(row.label)) middle = row.label;
    const isTop = row.label === top;
    const isMiddle = row.label === middle;
    const labels = isTop ? [row.label, '', ''] : isMiddle
      ? [printedTop === top ? '' : top, row.label, '']
      : [printedTop === top ? '' : top, printedMiddle === middle ? '' : middle, row.label];
    printedTop = top;
    printedMiddle = middle;
    const values = columns.map((column) => (row.valued === 'always' ? numbers[row.id]?.[column.id] ?? '' : ''));
    out.push(line([...labels, ...values]));
  }
  return out.join('\n');
}

/** 表三 as copied from a web page: one cell per line. */
function linesTable(table: TableSpec, numbers: Numbers): string {
  if (table.layout === 'single-row') {
    return ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...table.columns.map((column) => column.short ?? column.label),
      ...table.columns.map((column) => numbers.cases[column.id])].join('\n');
  }
  if (table.layout === 'rowwise') {
    return table.rows.flatMap((row) => [row.label, ...(row.columns ?? []).map((column) => numbers[row.id][column])]).join('\n');
  }
  const columns = table.columns.filter((column) => !column.optional);
  const out = ['申请人情况', '自然人', '法人或其他组织', ...columns.slice(1).map((column) => column.label)];
  for (const row of table.rows) {
    out.push(row.label);
    if (row.valued === 'always') out.push(...columns.map((column) => numbers[row.id][column.id]));
  }
  return out.join('\n');
}

function tsvTable(table: TableSpec, numbers: Numbers): string {
  if (table.layout === 'matrix') return tsvTable3(table, numbers);
  return renderTable(table, fillFrom(numbers)).split('\n').filter((line) => !/^\|(-+\|)+$/.test(line))
    .map((line) => line.replace(/^\| /, '').replace(/ \|$/, '').split(' | ').join('\t')).join('\n');
}

export function renderIn(layout: Layout, table: TableSpec, numbers: Numbers): string {
  if (layout === 'pipe') return renderTable(table, fillFrom(numbers));
  if (layout === 'pipe-merged') return table.layout === 'matrix' ? mergedPipeTable3(table, numbers) : renderTable(table, fillFrom(numbers));
  if (layout === 'tsv') return tsvTable(table, numbers);
  return linesTable(table, numbers);
}

export interface ReportOptions {
  readonly era?: Era;
  readonly year?: number;
  readonly layout?: Layout;
  readonly numbers?: Numbers;
  /** section numerals to leave out */
  readonly omit?: readonly number[];
  /** table ids to leave out */
  readonly omitTables?: readonly string[];
  /** a paragraph right after the title */
  readonly intro?: string;
  /** the body of 一、总体情况 */
  readonly overview?: string;
  /** the unit in the title */
  readonly unit?: string;
}

const SECTION_TITLES = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** A complete, correct report in the chosen era and table layout. */
export function makeReport(options: ReportOptions = {}): string {
  const era = options.era ?? '2021';
  const year = options.year ?? (era === '2021' ? 2022 : 2020);
  const layout = options.layout ?? 'pipe';
  const numbers = options.numbers ?? consistentNumbers(era);
  const body: Record<number, string> = {
    1: options.overview ?? `${year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。`,
    2: renderIn(layout, spec('t2', era), numbers),
    3: renderIn(layout, spec('t3', era), numbers),
    4: renderIn(layout, spec('t4', era), numbers),
    5: '一是政策解读有待加强；二是公开目录需进一步完善。',
    6: '无。',
  };
  const tableOf: Record<number, string> = { 2: 't2', 3: 't3', 4: 't4' };
  const parts = [`${year}年${options.unit ?? '某市某局'}政府信息公开工作年度报告`, ''];
  if (options.intro) parts.push(options.intro, '');
  SECTION_TITLES.forEach((title, index) => {
    const numeral = index + 1;
    if (options.omit?.includes(numeral)) return;
    parts.push(`${NUMERALS[index]}、${title}`, '');
    if (!options.omitTables?.includes(tableOf[numeral])) parts.push(body[numeral], '');
  });
  return parts.join('\n');
}

/** 1-based line of the first occurrence of `needle` at or after `from`. */
export function lineOf(text: string, needle: string, fromLine = 1): number {
  const lines = text.split('\n');
  for (let index = fromLine - 1; index < lines.length; index++) if (lines[index].includes(needle)) return index + 1;
  throw new Error(`"${needle}" not found`);
}
