import { defineMessages } from '../../messages/define';

export const messages = defineMessages('missing-section', {
  message: {
    zh: '缺少“{section}”部分（{basis}要求）。',
    en: 'Section "{section}" is missing (required by {basis}).',
  },
  fix: {
    zh: '插入“{heading}”',
    en: 'Insert "{heading}"',
  },
});
