import type { z } from 'zod';
import type { breakdownSpec, sectionSpec } from './schema';

type SectionInput = z.input<typeof sectionSpec>;

/** 国办公开办函〔2019〕60号 and 〔2021〕30号: six mandatory sections, in this order. */
export const SECTIONS_2019: SectionInput[] = [
  {
    id: 'overview', numeral: 1, title: '总体情况', en: 'Overview',
    match: [['总体情况'], ['总体'], ['概述']],
    variants: ['一、总体情况', '一 总体情况', '（一）总体情况'],
  },
  {
    id: 'proactive', numeral: 2, title: '主动公开政府信息情况', en: 'Proactive disclosure', table: 't2',
    match: [['主动公开']],
    variants: ['二、主动公开政府信息情况', '二、主動公開政府信息情況'],
  },
  {
    id: 'requests', numeral: 3, title: '收到和处理政府信息公开申请情况', en: 'Requests received and handled', table: 't3',
    match: [['处理', '申请'], ['依申请'], ['收到', '申请']],
    variants: ['三、收到和处理政府信息公开申请情况', '三、收到和處理政府信息公開申請情況'],
  },
  {
    id: 'review', numeral: 4, title: '政府信息公开行政复议、行政诉讼情况', en: 'Administrative reconsideration and litigation', table: 't4',
    match: [['行政复议'], ['行政诉讼']],
    variants: [
      '四、政府信息公开行政复议、行政诉讼情况',
      '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '四、因政府信息公开工作被申请行政复议提起行政诉讼情况',
    ],
  },
  {
    id: 'problems', numeral: 5, title: '存在的主要问题及改进情况', en: 'Main problems and improvements',
    match: [['问题'], ['改进']],
    variants: ['五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况'],
  },
  {
    id: 'other', numeral: 6, title: '其他需要报告的事项', en: 'Other matters to report',
    match: [['其他需要报告'], ['其他事项'], ['其它需要报告']],
    variants: ['六、其他需要报告的事项', '六、其他需要報告的事項'],
  },
];

/** 条例 of 2007, art. 32: the content is required, the headings are free, so match by meaning. */
export const SECTIONS_2008: SectionInput[] = [
  {
    id: 'proactive', numeral: 1, title: '主动公开政府信息情况', en: 'Proactive disclosure',
    match: [['主动公开']],
    variants: ['二、政府信息主动公开情况', '二 政府信息主動公開情況'],
  },
  {
    id: 'requests', numeral: 2, title: '依申请公开政府信息和不予公开政府信息情况', en: 'Disclosure on request and refusals',
    match: [['依申请'], ['申请公开']],
    variants: ['三、政府信息依申请公开情况', '三 政府信息依申請公開情況'],
  },
  {
    id: 'fees', numeral: 3, title: '政府信息公开的收费及减免情况', en: 'Fees and waivers',
    match: [['收费'], ['费用']],
    variants: ['五、政府信息公开费用情况', '四 政府信息公开收费情况'],
  },
  {
    id: 'review', numeral: 4, title: '因政府信息公开申请行政复议、提起行政诉讼情况', en: 'Administrative reconsideration and litigation',
    match: [['复议'], ['诉讼']],
    variants: ['六、复议、诉讼和申诉情况', '五 複議、訴訟情況', '五 因信息公开引起的行政复议和行政诉讼情况'],
  },
  {
    id: 'problems', numeral: 5, title: '政府信息公开工作存在的主要问题和改进措施', en: 'Main problems and improvements',
    match: [['问题'], ['改进']],
    variants: ['七、存在的主要问题和改进措施', '六 存在的主要問題和改進措施'],
  },
  {
    id: 'other', numeral: 6, title: '其他需要报告的事项', en: 'Other matters to report',
    match: [['其他需要报告'], ['其他事项'], ['其他情况'], ['说明']],
    variants: ['七、其他需要报告的事项', '四 其他情況', '八、附表与说明'],
  },
];

export const BREAKDOWN: z.input<typeof breakdownSpec> = {
  description: { zh: '合计应等于“其中”所列各项之和', en: 'a total must equal the sum of the items listed under 其中' },
  introducers: ['其中'],
  minItems: 2,
};
