import { columns, table, type ColumnIdOf, type EquationInput, type RowIdOf } from './ids';

const LITIGATION = { zh: '行政诉讼', en: 'litigation' };

/** `headers`: the template's header cells above the block's outcomes, outermost first */
const BLOCKS = [
  { id: 'review', zh: '行政复议', en: 'reconsideration', headers: [{ zh: '行政复议', en: 'reconsideration' }] },
  {
    id: 'direct', zh: '行政诉讼（未经复议直接起诉）', en: 'litigation without reconsideration',
    headers: [LITIGATION, { zh: '未经复议直接起诉', en: 'without reconsideration first' }],
  },
  {
    id: 'after', zh: '行政诉讼（复议后起诉）', en: 'litigation after reconsideration',
    headers: [LITIGATION, { zh: '复议后起诉', en: 'after reconsideration' }],
  },
] as const;

interface Outcome<O extends string> {
  readonly id: O;
  readonly zh: string;
  readonly en: string;
  readonly match: string[][];
}

const outcomes = <O extends string>(list: Outcome<O>[]) => list;

const OUTCOMES = outcomes([
  { id: 'upheld', zh: '结果维持', en: 'upheld', match: [['维持']] },
  { id: 'corrected', zh: '结果纠正', en: 'corrected', match: [['纠正']] },
  { id: 'otherResult', zh: '其他结果', en: 'other result', match: [['其他结果']] },
  { id: 'pending', zh: '尚未审结', en: 'pending', match: [['尚未审结'], ['未审结']] },
  { id: 'total', zh: '总计', en: 'total', match: [['总计'], ['合计']] },
]);

export type T4Block = (typeof BLOCKS)[number]['id'];
export type T4Outcome = (typeof OUTCOMES)[number]['id'];

/** what a block's total is the sum of */
export const T4_PARTS = ['upheld', 'corrected', 'otherResult', 'pending'] as const satisfies readonly T4Outcome[];

const blockColumns = columns(BLOCKS.flatMap((block) =>
  OUTCOMES.map((outcome) => ({
    id: `${block.id}.${outcome.id}` as const,
    label: `${block.zh}·${outcome.zh}`,
    short: outcome.zh,
    en: outcome.en,
    match: outcome.match,
    kind: 'count' as const,
    parents: [...block.headers],
  }))));

type Column = `${T4Block}.${T4Outcome}`;

const equations: EquationInput<'cases', Column>[] = BLOCKS.map((block, index) => ({
  id: `R4.${index + 1}`,
  each: 'row',
  left: [`${block.id}.total`],
  right: T4_PARTS.map((outcome) => `${block.id}.${outcome}` as const),
  description: {
    zh: `${block.zh}总计应等于结果维持、结果纠正、其他结果与尚未审结之和`,
    en: `${block.en}: the total must equal upheld + corrected + other + pending`,
  },
}));

export const TABLE4_2021 = table({
  id: 't4', era: '2021', name: { zh: '表四', en: 'Table 4' }, title: '政府信息公开行政复议、行政诉讼情况', en: 'Reconsideration and litigation', layout: 'single-row',
  columns: blockColumns,
  rows: [{ id: 'cases', label: '案件数', short: '', en: 'cases', match: [['结果维持'], ['维持']] }],
  equations,
  markers: [],
});

export const TABLE4_2019 = table({ ...TABLE4_2021, era: '2019' });

export type T4RowId = RowIdOf<typeof TABLE4_2021>;
export type T4ColumnId = ColumnIdOf<typeof TABLE4_2021>;
