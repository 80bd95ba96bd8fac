import { defineMessages } from '../../messages/define';

export const messages = defineMessages('prose-table-mismatch', {
  message: {
    zh: '表中为 {expected}：正文“{stated}”（{subject}）与表格不一致。',
    en: 'The table gives {expected}: the text says "{stated}" ({subject}).',
  },
  appendix: {
    zh: '附表为 {expected}（{table}“{row}”）：正文“{stated}”（{subject}）与之不一致。',
    en: 'The appendix table{table} gives {expected} ("{row}"): the text says "{stated}" ({subject}).',
  },
  upheld: {
    zh: '表四有 {count} 件未获维持（纠正、其他结果或尚未审结）：正文称{subject}“均获维持”。',
    en: 'Table 4 has {count} not upheld (corrected, otherwise ended or pending): the text says all {subject} were upheld.',
  },
});
