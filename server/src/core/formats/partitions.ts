import { z } from 'zod';
import { pattern } from './pattern';
import { localized } from './schema';

/**
 * What the templates know beyond the equations, for prose lists ("共答复20件，其中同意公开…"): the complete
 * partitions each era's template defines, and the breakdowns that are not partitions. Patterns are regular
 * expressions over folded labels (simplified, half-width), the words right before a figure.
 */

const labelMatch = z.object({
  /** the label must match this */
  match: pattern,
  /** and must not match this */
  not: pattern.optional(),
});

const partSpec = labelMatch.extend({
  id: z.string().min(1),
  /** the template's wording */
  label: z.string().min(1),
  /** a list may leave it out and still name the whole partition (a local template's extra channel) */
  optional: z.boolean().default(false),
  /** it counts whatever the other parts do not (其他处理): a list naming it is complete by itself */
  catchAll: z.boolean().default(false),
});

const eraId = z.enum(['2008', '2019', '2021']);

export const partitionSpec = z.object({
  id: z.string().min(1),
  eras: z.array(eraId).min(1),
  description: localized,
  /** where the template says so */
  source: z.string().min(1),
  total: labelMatch,
  parts: z.array(partSpec).min(2),
});

/** A breakdown whose parts may overlap or leave gaps: its parts need not add up to its total. */
export const overlapSpec = z.object({
  id: z.string().min(1),
  eras: z.array(eraId).min(1),
  description: localized,
  source: z.string().min(1),
  total: labelMatch,
  /** a breakdown with any part like this is not a partition */
  part: labelMatch,
});

export type PartitionSpec = z.infer<typeof partitionSpec>;
export type PartSpec = z.infer<typeof partSpec>;
export type OverlapSpec = z.infer<typeof overlapSpec>;
export type LabelMatch = z.infer<typeof labelMatch>;

export const partitionsSchema = z.array(partitionSpec).superRefine((partitions, context) => {
  const ids = partitions.map((partition) => partition.id);
  for (const id of ids.filter((id, index) => ids.indexOf(id) !== index)) context.addIssue({ code: 'custom', message: `partition id "${id}" is used twice` });
  for (const partition of partitions) {
    const partIds = partition.parts.map((part) => part.id);
    for (const id of partIds.filter((id, index) => partIds.indexOf(id) !== index)) {
      context.addIssue({ code: 'custom', message: `partition ${partition.id}: part id "${id}" is used twice` });
    }
    // a template's own wording must be read as its own part, and only as it: otherwise the list could never be complete
    for (const part of partition.parts) {
      const matching = partition.parts.filter((candidate) => matches(candidate, part.label)).map((candidate) => candidate.id);
      if (matching.length !== 1 || matching[0] !== part.id) {
        context.addIssue({ code: 'custom', message: `partition ${partition.id}: the label "${part.label}" is read as [${matching.join(', ')}], not as ${part.id}` });
      }
    }
  }
});

export const overlapsSchema = z.array(overlapSpec);

/** A label as the data means it: matches `match` and not `not`. */
export function matches(spec: { readonly match: string; readonly not?: string }, label: string): boolean {
  return new RegExp(spec.match).test(label) && (spec.not === undefined || !new RegExp(spec.not).test(label));
}

// what a total of answers or requests is not: a part of the year's requests, or another count of them
const NOT_ALL_ANSWERS = '按时|延期|逾期|未|尚|受理|收到|新收|结转|申请总数';
const NOT_ALL_REQUESTS = '答复|办结|办理|结转|按时|延期|逾期|未|尚|同比|较';
const REQUESTS = '(?:收到|受理|新收|接到|接收|提出)[^,，;；]*申请|申请(?:总数|数量)';

export const PARTITION_DATA: z.input<typeof partitionSpec>[] = [
  {
    id: 'answers-by-outcome-2008', eras: ['2008'],
    description: { zh: '申请答复数按答复结果分类', en: 'answers by outcome' },
    source: '政府信息公开情况统计表（2008—2018）：三、（三）申请答复数 1–8',
    total: { match: '答复|办结|办理完毕', not: NOT_ALL_ANSWERS },
    parts: [
      { id: 'already-public', label: '属于已主动公开范围', match: '已主动公开|主动公开范围' },
      { id: 'open', label: '同意公开', match: '(?:同意|予以)公开', not: '不同意|部分|已主动公开|主动公开范围' },
      { id: 'partial', label: '同意部分公开', match: '部分公开' },
      { id: 'refused', label: '不同意公开', match: '不同意公开|不予公开|不公开' },
      { id: 'not-ours', label: '不属于本行政机关公开', match: '不属于本(?:行政)?机关|非本(?:行政)?机关', not: '信息不存在' },
      { id: 'not-exist', label: '申请信息不存在', match: '信息不存在', not: '非本|不属于本' },
      { id: 'amend', label: '告知作出更改补充', match: '更改|补充' },
      { id: 'elsewhere', label: '告知通过其他途径办理', match: '其他途径' },
    ],
  },
  {
    id: 'requests-by-channel-2008', eras: ['2008'],
    description: { zh: '收到申请数按申请方式分类', en: 'requests by channel' },
    source: '政府信息公开情况统计表（2008—2018）：三、（一）收到申请数 1–4（当面、传真、网络、信函）',
    total: { match: REQUESTS, not: NOT_ALL_REQUESTS },
    parts: [
      { id: 'in-person', label: '当面申请', match: '当面|现场' },
      { id: 'fax', label: '传真申请', match: '传真' },
      { id: 'online', label: '网络申请', match: '网络|网上|在线|互联网|网站' },
      { id: 'letter', label: '信函申请', match: '信函|来信|邮寄' },
      { id: 'email', label: '电子邮件申请', match: '电子邮件|电邮|邮箱', optional: true },
      { id: 'other', label: '其他形式申请', match: '其他|其它', optional: true, catchAll: true },
    ],
  },
  {
    id: 'produced-2008', eras: ['2008'],
    description: { zh: '制作、获取政府信息总数按公开属性分类', en: 'information produced or obtained, by disclosure' },
    source: '2008 年版年度报告统计表：制作、获取政府信息总数 = 主动公开 + 依申请公开 + 不予公开',
    // "制作、获取政府信息总数": the figure's label starts after the 、
    total: { match: '(?:制作|获取)[^,，;；]*信息', not: '主动公开|依申请|不予公开' },
    parts: [
      { id: 'proactive', label: '主动公开', match: '主动公开' },
      { id: 'on-request', label: '依申请公开', match: '依申请公开' },
      { id: 'not-disclosed', label: '不予公开', match: '不予公开|不公开' },
    ],
  },
  {
    id: 'results-2019', eras: ['2019', '2021'],
    description: { zh: '本年度办理结果（一）至（六）', en: 'results (一) to (六)' },
    source: '国办公开办函〔2019〕60号、〔2021〕30号 表三：三、本年度办理结果（一）—（六）',
    total: { match: '办结|答复|办理完毕|办理结果', not: NOT_ALL_ANSWERS },
    parts: [
      { id: 'open', label: '予以公开', match: '(?:予以|同意)公开', not: '不予|不同意|部分' },
      { id: 'partial', label: '部分公开', match: '部分公开' },
      { id: 'refused', label: '不予公开', match: '不予公开|不同意公开' },
      { id: 'unable', label: '无法提供', match: '无法提供' },
      { id: 'declined', label: '不予处理', match: '不予处理' },
      { id: 'other', label: '其他处理', match: '其他处理|其它处理', catchAll: true },
    ],
  },
  {
    id: 'applicants-2019', eras: ['2019', '2021'],
    description: { zh: '申请人按自然人、法人或其他组织分类', en: 'applicants: natural persons, legal persons or other organisations' },
    source: '国办公开办函〔2019〕60号、〔2021〕30号 表三：申请人情况（自然人；法人或其他组织）',
    total: { match: REQUESTS, not: NOT_ALL_REQUESTS },
    parts: [
      { id: 'persons', label: '自然人', match: '自然人|公民个人' },
      { id: 'organisations', label: '法人或其他组织', match: '法人' },
    ],
  },
];

export const OVERLAP_DATA: z.input<typeof overlapSpec>[] = [
  {
    id: 'proactive-by-channel', eras: ['2008', '2019', '2021'],
    description: { zh: '主动公开信息按公开渠道分列', en: 'proactively disclosed information by channel' },
    source: '政府信息公开情况统计表（2008—2018）：一、（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）',
    total: { match: '主动公开' },
    part: { match: '网站|网页|公报|微博|微信|新媒体|客户端|新闻发布|报刊|报纸|广播|电视|公开栏|宣传栏|电子屏|其他方式|其它方式|其他渠道|其它渠道' },
  },
];

/** Validated once at load. */
export const PARTITIONS: readonly PartitionSpec[] = partitionsSchema.parse(PARTITION_DATA);
export const OVERLAPS: readonly OverlapSpec[] = overlapsSchema.parse(OVERLAP_DATA);
