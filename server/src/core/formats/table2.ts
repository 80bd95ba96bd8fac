import { columns, table, type ColumnIdOf, type ColumnInput, type RowIdOf } from './ids';

const count = <C extends string>(id: C, label: string, en: string, match: string[][]): ColumnInput<C> => ({ id, label, en, match, kind: 'count' });

const COLUMNS_2021 = columns([
  count('issued', '本年制发件数', 'issued this year', [['制发']]),
  count('repealed', '本年废止件数', 'repealed this year', [['废止']]),
  count('inForce', '现行有效件数', 'in force', [['现行有效']]),
  count('decisions', '本年处理决定数量', 'decisions this year', [['处理决定']]),
  { id: 'feeAmount', label: '本年收费金额（单位：万元）', en: 'fees this year (10k yuan)', match: [['收费金额']], kind: 'decimal' },
]);

export const TABLE2_2021 = table({
  id: 't2', era: '2021', name: { zh: '表二', en: 'Table 2' }, title: '主动公开政府信息情况', en: 'Proactive disclosure', layout: 'rowwise',
  columns: COLUMNS_2021,
  rows: [
    { id: 'rules', label: '规章', en: 'rules', match: [['规章']], columns: ['issued', 'repealed', 'inForce'], group: '第二十条第（一）项' },
    { id: 'normative', label: '行政规范性文件', en: 'normative documents', match: [['规范性文件']], columns: ['issued', 'repealed', 'inForce'], group: '第二十条第（一）项' },
    { id: 'licensing', label: '行政许可', en: 'licensing', match: [['行政许可']], columns: ['decisions'], group: '第二十条第（五）项' },
    { id: 'penalty', label: '行政处罚', en: 'penalties', match: [['行政处罚']], columns: ['decisions'], group: '第二十条第（六）项' },
    { id: 'enforcement', label: '行政强制', en: 'enforcement', match: [['行政强制']], columns: ['decisions'], group: '第二十条第（六）项' },
    { id: 'fees', label: '行政事业性收费', en: 'administrative fees', match: [['事业性收费']], columns: ['feeAmount'], group: '第二十条第（八）项' },
  ],
  equations: [],
  markers: [{ text: '制发' }, { text: '现行有效' }, { text: '废止件数' }],
});

const COLUMNS_2019 = columns([
  count('made', '本年新制作数量', 'made this year', [['新制作']]),
  count('published', '本年新公开数量', 'published this year', [['新公开']]),
  count('publishedTotal', '对外公开总数量', 'published in total', [['对外公开总数']]),
  count('previous', '上一年项目数量', 'items last year', [['上一年项目']]),
  { id: 'change', label: '本年增/减', en: 'change this year', match: [['增/减'], ['增减']], kind: 'signed' },
  count('decisions', '处理决定数量', 'decisions', [['处理决定']]),
  count('purchases', '采购项目数量', 'procurement projects', [['采购项目']]),
  { id: 'purchaseAmount', label: '采购总金额', en: 'procurement amount', match: [['采购总金额']], kind: 'amount' },
]);

export const TABLE2_2019 = table({
  id: 't2', era: '2019', name: { zh: '表二', en: 'Table 2' }, title: '主动公开政府信息情况', en: 'Proactive disclosure', layout: 'rowwise',
  columns: COLUMNS_2019,
  rows: [
    { id: 'rules', label: '规章', en: 'rules', match: [['规章']], columns: ['made', 'published', 'publishedTotal'], group: '第二十条第（一）项' },
    { id: 'normative', label: '规范性文件', en: 'normative documents', match: [['规范性文件']], columns: ['made', 'published', 'publishedTotal'], group: '第二十条第（一）项' },
    { id: 'licensing', label: '行政许可', en: 'licensing', match: [['行政许可']], columns: ['previous', 'change', 'decisions'], group: '第二十条第（五）项' },
    { id: 'services', label: '其他对外管理服务事项', en: 'other external services', match: [['对外管理服务']], columns: ['previous', 'change', 'decisions'], group: '第二十条第（五）项' },
    { id: 'penalty', label: '行政处罚', en: 'penalties', match: [['行政处罚']], columns: ['previous', 'change', 'decisions'], group: '第二十条第（六）项' },
    { id: 'enforcement', label: '行政强制', en: 'enforcement', match: [['行政强制']], columns: ['previous', 'change', 'decisions'], group: '第二十条第（六）项' },
    { id: 'fees', label: '行政事业性收费', en: 'administrative fees', match: [['事业性收费']], columns: ['previous', 'change'], group: '第二十条第（八）项' },
    { id: 'procurement', label: '政府集中采购', en: 'central procurement', match: [['集中采购']], columns: ['purchases', 'purchaseAmount'], group: '第二十条第（九）项' },
  ],
  equations: [],
  markers: [{ text: '新制作' }, { text: '上一年项目' }, { text: '对外公开总数' }, { text: '集中采购' }],
});

export type T2RowId = RowIdOf<typeof TABLE2_2021> | RowIdOf<typeof TABLE2_2019>;
export type T2ColumnId = ColumnIdOf<typeof TABLE2_2021> | ColumnIdOf<typeof TABLE2_2019>;
/** the ids of the 2021 format's 表二, the only one with 现行有效件数 */
export type T2RowId2021 = RowIdOf<typeof TABLE2_2021>;
export type T2ColumnId2021 = ColumnIdOf<typeof TABLE2_2021>;
export type T2RowId2019 = RowIdOf<typeof TABLE2_2019>;
export type T2ColumnId2019 = ColumnIdOf<typeof TABLE2_2019>;
