import { defineMessages } from '../../messages/define';

export const messages = defineMessages('date-invalid', {
  impossible: {
    zh: '日期“{date}”不存在或有误。',
    en: 'The date "{date}" does not exist or is garbled.',
  },
  'empty-period': {
    zh: '统计期限“{period}”没有写明起止日期。',
    en: 'The statistics period "{period}" gives no dates.',
  },
  'no-start': {
    zh: '统计期限“{period}”没有写明起始日期。',
    en: 'The statistics period "{period}" gives no start date.',
  },
  'no-end': {
    zh: '统计期限“{period}”没有写明截止日期。',
    en: 'The statistics period "{period}" gives no end date.',
  },
  period: {
    zh: '统计期限“{period}”不是 {year} 年全年（应为 {year}年1月1日至{year}年12月31日）。',
    en: 'The statistics period "{period}" is not the whole of {year} (1 January to 31 December).',
  },
  late: {
    zh: '发布日期 {date} 晚于{kind}的法定期限 {deadline}（《政府信息公开条例》第四十九条）。',
    en: 'Published on {date}, after the legal deadline for {kind}, {deadline} (art. 49 of the regulations).',
  },
});
