import { defineMessages } from '../../messages/define';

export const messages = defineMessages('heading-wording', {
  inserted: {
    zh: '应为“{expected}”：标题“{found}”多了{count}个字。',
    en: 'Should be "{expected}": "{found}" has {count} character(s) more.',
  },
  dropped: {
    zh: '应为“{expected}”：标题“{found}”少了{count}个字。',
    en: 'Should be "{expected}": "{found}" lacks {count} character(s).',
  },
  swapped: {
    zh: '应为“{expected}”：标题“{found}”有两个字前后颠倒。',
    en: 'Should be "{expected}": "{found}" has two characters swapped.',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
