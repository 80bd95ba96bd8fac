import { defineMessages } from '../../messages/define';

export const messages = defineMessages('missing-table', {
  message: {
    zh: '缺少“{table}”表格（“{section}”部分应包含）。',
    en: 'Missing the "{table}" table (section "{section}" must contain it).',
  },
  fix: {
    zh: '插入空白“{table}”表格',
    en: 'Insert an empty "{table}" table',
  },
});
