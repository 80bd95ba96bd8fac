import { defineMessages } from '../../messages/define';

export const messages = defineMessages('sentence-end', {
  missing: {
    zh: '本段以“{last}”结尾，缺少句末标点：请在段末加上“。”（或“；”“：”等适当的标点）。',
    en: 'This paragraph ends in "{last}" without closing punctuation: end it with "。" (or "；", "：" as fits).',
  },
});
