import { defineMessages } from '../../messages/define';

export const messages = defineMessages('heading-wording', {
  inserted: {
    zh: '标题“{found}”比格式规定的“{expected}”多了{count}个字，请核对。',
    en: 'The heading "{found}" has {count} character(s) more than the prescribed "{expected}": check it.',
  },
  dropped: {
    zh: '标题“{found}”比格式规定的“{expected}”少了{count}个字，请核对。',
    en: 'The heading "{found}" lacks {count} character(s) of the prescribed "{expected}": check it.',
  },
  swapped: {
    zh: '标题“{found}”与格式规定的“{expected}”相比有两个字前后颠倒，请核对。',
    en: 'The heading "{found}" has two characters swapped against the prescribed "{expected}": check it.',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
