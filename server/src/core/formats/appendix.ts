import { z } from 'zod';
import { pattern } from './pattern';
import { localized } from './schema';

/**
 * Figures in the prose of a 2008-era report that must equal a row of its 统计表 (附表), found by the row's label
 * as 表三's cells are found by reference (claims.ts). Patterns are regular expressions: `prose` over the folded
 * words right before the figure (end-anchored), `row` over the row's normalized label without 其中 and its number.
 */
const appendixClaim = z.object({
  id: z.string().min(1),
  subject: localized,
  prose: pattern,
  proseNot: pattern.optional(),
  row: pattern,
});

export type AppendixClaim = z.infer<typeof appendixClaim>;

export const appendixClaimsSchema = z.array(appendixClaim).superRefine((claims, context) => {
  const ids = claims.map((claim) => claim.id);
  for (const id of ids.filter((id, index) => ids.indexOf(id) !== index)) context.addIssue({ code: 'custom', message: `appendix claim id "${id}" is used twice` });
});

const TAIL = '(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:案件|案)?(?:数量|数|总数)?(?:共计|共|为|达|合计|有)?$';
const NOT_A_PART = '按时|延期|逾期|未|尚|其中';

export const APPENDIX_CLAIM_DATA: z.input<typeof appendixClaim>[] = [
  {
    id: 'proactive', subject: { zh: '主动公开信息', en: 'proactively disclosed' },
    prose: '主动公开(?:的)?(?:政府)?信息(?:共计|共|总数|为|达|合计|有)?$', proseNot: '其中|通过|网站|公报|微博|微信|在主动公开',
    row: '^(?:政府信息)?主动公开(?:政府)?信息(?:数|总数|条数)$',
  },
  {
    id: 'requests', subject: { zh: '申请总数', en: 'requests' },
    prose: `(?:收到|受理|新收|接到|接收)(?:各类)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请${TAIL}`, proseNot: NOT_A_PART,
    row: '^(?:收到)?申请(?:总数|数)$',
  },
  {
    id: 'answers', subject: { zh: '答复总数', en: 'answers' },
    prose: `(?:作出答复|予以答复|答复)${TAIL}`, proseNot: `${NOT_A_PART}|不予|同意`,
    row: '^(?:对申请的|申请)?答复(?:总数|数)$',
  },
  { id: 'online', subject: { zh: '网上申请', en: 'requests online' }, prose: '(?:网上|网络)(?:提交的)?申请(?:数)?(?:共|有|为)?$', row: '^(?:网上|网络)申请(?:数)?$' },
  { id: 'letter', subject: { zh: '信函申请', en: 'requests by letter' }, prose: '信函(?:提交的)?申请(?:数)?(?:共|有|为)?$', row: '^信函申请(?:数)?$' },
  { id: 'in-person', subject: { zh: '当面申请', en: 'requests in person' }, prose: '当面(?:提交的)?申请(?:数)?(?:共|有|为)?$', row: '^当面申请(?:数)?$' },
  { id: 'fax', subject: { zh: '传真申请', en: 'requests by fax' }, prose: '传真(?:提交的)?申请(?:数)?(?:共|有|为)?$', row: '^传真申请(?:数)?$' },
  {
    id: 'open', subject: { zh: '同意公开', en: 'disclosed' }, prose: '同意公开(?:的)?(?:共|有|为)?$', proseNot: '部分|不同意',
    row: '^同意公开(?:答复)?(?:数)?$',
  },
  { id: 'partial', subject: { zh: '同意部分公开', en: 'partly disclosed' }, prose: '同意部分公开(?:的)?(?:共|有|为)?$', row: '^同意部分公开(?:答复)?(?:数)?$' },
  { id: 'refused', subject: { zh: '不同意公开', en: 'refused' }, prose: '(?:不同意公开|不予公开)(?:的)?(?:共|有|为)?$', row: '^(?:不同意公开|不予公开)(?:答复)?(?:数)?$' },
  { id: 'review', subject: { zh: '行政复议', en: 'reconsiderations' }, prose: `(?:行政复议|申请复议)${TAIL}`, row: '^(?:行政)?复议(?:数|数量|案件数)$' },
  { id: 'litigation', subject: { zh: '行政诉讼', en: 'lawsuits' }, prose: `(?:行政诉讼|提起诉讼)${TAIL}`, row: '^(?:行政)?诉讼(?:数|数量|案件数)$' },
  { id: 'appeal', subject: { zh: '行政申诉', en: 'administrative appeals' }, prose: `(?:行政申诉|提出申诉)${TAIL}`, row: '^(?:行政)?申诉(?:数|数量|案件数)$' },
];

/** Validated once at load. */
export const APPENDIX_CLAIMS: readonly AppendixClaim[] = appendixClaimsSchema.parse(APPENDIX_CLAIM_DATA);
