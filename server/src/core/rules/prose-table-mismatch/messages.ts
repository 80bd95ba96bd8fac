import { defineMessages } from '../../messages/define';

export const messages = defineMessages('prose-table-mismatch', {
  message: {
    zh: '正文“{stated}”（{subject}）与表格不一致：表中为 {expected}。',
    en: 'The text says "{stated}" ({subject}), but the table gives {expected}.',
  },
  appendix: {
    zh: '正文“{stated}”（{subject}）与附表不一致：{table}“{row}”为 {expected}。',
    en: 'The text says "{stated}" ({subject}), but the appendix table{table} gives {expected} ("{row}").',
  },
  upheld: {
    zh: '正文称{subject}“均获维持”，而表四中有 {count} 件结果纠正、其他结果或尚未审结。',
    en: 'The text says all {subject} were upheld, but table 4 has {count} corrected, otherwise ended or pending.',
  },
});
