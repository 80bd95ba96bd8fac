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
    zh: '统计期限应为 {year}年1月1日至{year}年12月31日，此处为“{period}”。',
    en: 'The statistics period should be 1 January to 31 December {year}, not "{period}".',
  },
  late: {
    zh: '发布日期 {date} 晚于法定期限 {deadline}（{kind}，《条例》第四十九条）。',
    en: 'Published {date}, after the deadline {deadline} ({kind}; art. 49 of the regulations).',
  },
});
