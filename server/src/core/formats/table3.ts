import { columns, matrixRows, table, type ColumnIdOf, type EquationInput, type IdOf, type RowIdOf } from './ids';

/** the header over the five kinds of organisation (and a 小计 of them, where a report adds one) */
const ORGANISATIONS = [{ zh: '法人或其他组织', en: 'legal persons or other organisations' }];

const COLUMNS = columns([
  { id: 'natural', label: '自然人', en: 'natural persons', match: [['自然人']], kind: 'count' },
  { id: 'business', label: '商业企业', en: 'businesses', match: [['商业企业']], kind: 'count', parents: ORGANISATIONS },
  { id: 'research', label: '科研机构', en: 'research institutions', match: [['科研机构']], kind: 'count', parents: ORGANISATIONS },
  { id: 'nonprofit', label: '社会公益组织', en: 'non-profits', match: [['公益组织']], kind: 'count', parents: ORGANISATIONS },
  { id: 'legal', label: '法律服务机构', en: 'legal services', match: [['法律服务']], kind: 'count', parents: ORGANISATIONS },
  { id: 'others', label: '其他', en: 'others', match: [['其他']], kind: 'count', parents: ORGANISATIONS },
  { id: 'subtotal', label: '小计', en: 'subtotal', match: [['小计']], kind: 'count', optional: true, parents: ORGANISATIONS },
  { id: 'total', label: '总计', en: 'total', match: [['总计'], ['合计']], kind: 'count' },
]);

type Column = IdOf<typeof COLUMNS>;

const HEAD = matrixRows([
  { id: 'new', label: '一、本年新收政府信息公开申请数量', short: '本年新收', en: 'new requests this year', match: [['本年新收'], ['新收']] },
  { id: 'carried', label: '二、上年结转政府信息公开申请数量', short: '上年结转', en: 'carried over from last year', match: [['上年结转']] },
  { id: 'results', label: '三、本年度办理结果', en: 'results this year', match: [['办理结果']], valued: 'never', required: false },
  { id: 'open', label: '（一）予以公开', en: 'disclosed', match: [['予以公开']] },
  { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', short: '部分公开', en: 'partly disclosed', match: [['部分公开']] },
  { id: 'refused', label: '（三）不予公开', en: 'refused', match: [['不予公开']], valued: 'subtotal' },
  { id: 'refused1', label: '1.属于国家秘密', en: 'state secret', match: [['国家秘密']] },
  { id: 'refused2', label: '2.其他法律行政法规禁止公开', en: 'prohibited by other laws', match: [['禁止公开']] },
  { id: 'refused3', label: '3.危及“三安全一稳定”', en: 'endangers the "three securities and one stability"', match: [['三安全一稳定'], ['三安全']] },
  { id: 'refused4', label: '4.保护第三方合法权益', en: "third parties' rights", match: [['第三方合法权益'], ['第三方']] },
  { id: 'refused5', label: '5.属于三类内部事务信息', en: 'internal affairs', match: [['内部事务']] },
  { id: 'refused6', label: '6.属于四类过程性信息', en: 'process information', match: [['过程性信息']] },
  { id: 'refused7', label: '7.属于行政执法案卷', en: 'law-enforcement files', match: [['执法案卷']] },
  { id: 'refused8', label: '8.属于行政查询事项', en: 'administrative inquiry matters', match: [['行政查询']] },
  { id: 'unable', label: '（四）无法提供', en: 'unable to provide', match: [['无法提供']], valued: 'subtotal' },
  { id: 'unable1', label: '1.本机关不掌握相关政府信息', en: 'not held by this body', match: [['不掌握']] },
  { id: 'unable2', label: '2.没有现成信息需要另行制作', en: 'would have to be created', match: [['另行制作']] },
  { id: 'unable3', label: '3.补正后申请内容仍不明确', en: 'still unclear after correction', match: [['仍不明确']] },
  { id: 'declined', label: '（五）不予处理', en: 'not processed', match: [['不予处理']], valued: 'subtotal' },
  { id: 'declined1', label: '1.信访举报投诉类申请', en: 'petitions and complaints', match: [['信访'], ['举报投诉']] },
  { id: 'declined2', label: '2.重复申请', en: 'repeated requests', match: [['重复申请']] },
  { id: 'declined3', label: '3.要求提供公开出版物', en: 'published materials', match: [['公开出版物'], ['出版物']] },
  { id: 'declined4', label: '4.无正当理由大量反复申请', en: 'mass repeated requests', match: [['大量反复']] },
  { id: 'declined5', label: '5.要求行政机关确认或重新出具已获取信息', en: 'confirm or reissue obtained information', match: [['重新出具'], ['确认或']] },
]);

const TAIL = matrixRows([
  { id: 'sum', label: '（七）总计', short: '办理结果总计', en: 'total results', match: [['总计'], ['合计']] },
  { id: 'forward', label: '四、结转下年度继续办理', short: '结转下年度', en: 'carried forward to next year', match: [['结转下年度'], ['结转下一年']] },
]);

/** the rows both eras have */
type CommonRow = IdOf<typeof HEAD> | IdOf<typeof TAIL>;

const LEAVES_COMMON: CommonRow[] = ['open', 'partial', 'refused1', 'refused2', 'refused3', 'refused4', 'refused5', 'refused6', 'refused7', 'refused8',
  'unable1', 'unable2', 'unable3', 'declined1', 'declined2', 'declined3', 'declined4', 'declined5'];

const ORG_COLUMNS: Column[] = ['business', 'research', 'nonprofit', 'legal', 'others'];

/** The equations of both eras; they differ in the leaves of （六）其他处理. */
function equations<const Leaf extends string>(otherLeaves: Leaf[]): EquationInput<CommonRow | Leaf, Column>[] {
  return [
    {
      id: 'R3.1', each: 'column', left: ['new', 'carried'], right: ['sum', 'forward'], computes: 'forward',
      description: { zh: '第一项加第二项之和应等于第三项加第四项之和', en: 'items one plus two must equal items three plus four' },
    },
    {
      id: 'R3.2', each: 'row', left: ['total'], right: ['natural', ...ORG_COLUMNS], unless: ['subtotal'],
      description: { zh: '总计应等于各类申请人之和', en: 'the total must equal the sum over all applicant types' },
    },
    {
      id: 'R3.2', each: 'row', left: ['subtotal'], right: ORG_COLUMNS, when: ['subtotal'],
      description: { zh: '小计应等于法人或其他组织各列之和', en: 'the subtotal must equal the sum of the organisation columns' },
    },
    {
      id: 'R3.2', each: 'row', left: ['total'], right: ['natural', 'subtotal'], when: ['subtotal'],
      description: { zh: '总计应等于自然人与小计之和', en: 'the total must equal natural persons plus the subtotal' },
    },
    {
      id: 'R3.3', each: 'column', left: ['sum'], right: [...LEAVES_COMMON, ...otherLeaves],
      description: { zh: '办理结果总计应等于各项办理结果之和', en: 'the total of results must equal the sum of all results' },
    },
    ...(['refused', 'unable', 'declined'] as const).map((parent) => ({
      id: 'R3.4', each: 'column' as const, left: [parent], when: [parent],
      right: LEAVES_COMMON.filter((id) => id.startsWith(parent) && id !== parent),
      description: { zh: '小计应等于其所含各项之和', en: 'a subtotal must equal the sum of its items' },
    })),
  ];
}

export const TABLE3_2021 = table({
  id: 't3', era: '2021', name: { zh: '表三', en: 'Table 3' }, title: '收到和处理政府信息公开申请情况', en: 'Requests received and handled', layout: 'matrix',
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  columnGroup: { zh: '申请人情况', en: 'applicants' },
  columns: COLUMNS,
  rows: [
    ...HEAD,
    { id: 'other', label: '（六）其他处理', en: 'otherwise handled', match: [['其他处理']], valued: 'subtotal' },
    { id: 'other1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', short: '逾期不补正', en: 'applicant did not correct in time', match: [['逾期不补正']] },
    { id: 'other2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', short: '逾期未缴费', en: 'applicant did not pay the fee in time', match: [['收费通知'], ['缴纳费用']] },
    { id: 'other3', label: '3.其他', short: '其他处理·其他', en: 'other', match: [['其他']], exact: true },
    ...TAIL,
  ],
  equations: [
    ...equations(['other1', 'other2', 'other3']),
    {
      id: 'R3.4', each: 'column', left: ['other'], when: ['other'], right: ['other1', 'other2', 'other3'],
      description: { zh: '小计应等于其所含各项之和', en: 'a subtotal must equal the sum of its items' },
    },
  ],
  markers: [{ text: '逾期不补正' }, { text: '收费通知' }],
});

export const TABLE3_2019 = table({
  ...TABLE3_2021,
  era: '2019',
  rows: [...HEAD, { id: 'other', label: '（六）其他处理', en: 'otherwise handled', match: [['其他处理']] }, ...TAIL],
  equations: equations(['other']),
  markers: [{ rowWithValues: 'other' }],
});

export type T3RowId = RowIdOf<typeof TABLE3_2021> | RowIdOf<typeof TABLE3_2019>;
export type T3ColumnId = ColumnIdOf<typeof TABLE3_2021>;
