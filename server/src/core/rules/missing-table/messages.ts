import { defineMessages } from '../../messages/define';

export const messages = defineMessages('missing-table', {
  message: {
    zh: '“{section}”部分应包含“{table}”表格，未找到。',
    en: 'Section "{section}" must contain the "{table}" table; none found.',
  },
  fix: {
    zh: '插入空白“{table}”表格',
    en: 'Insert an empty "{table}" table',
  },
});
