import { defineMessages } from '../../messages/define';

export const messages = defineMessages('bracket-balance', {
  unclosed: {
    zh: '缺少“{close}”：本段的“{open}”没有闭合（或应删去“{open}”）。',
    en: 'Missing "{close}": the "{open}" in this paragraph is not closed (or delete the "{open}").',
  },
  unopened: {
    zh: '缺少“{open}”：本段的“{close}”前没有“{open}”（或应删去“{close}”）。',
    en: 'Missing "{open}": the "{close}" in this paragraph has none before it (or delete the "{close}").',
  },
  doubled: {
    zh: '“{marks}”重复：请删去一个。',
    en: '"{marks}" is doubled: delete one.',
  },
});
