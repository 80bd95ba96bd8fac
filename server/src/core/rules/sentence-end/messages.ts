import { defineMessages } from '../../messages/define';

export const messages = defineMessages('sentence-end', {
  missing: {
    zh: '段末缺少句末标点（“。”等）：本段以“{last}”结尾。',
    en: 'Closing punctuation ("。" …) missing: the paragraph ends in "{last}".',
  },
});
