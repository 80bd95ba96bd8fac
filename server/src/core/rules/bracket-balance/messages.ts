import { defineMessages } from '../../messages/define';

export const messages = defineMessages('bracket-balance', {
  unclosed: {
    zh: '“{open}”在本段中没有对应的“{close}”：请补上“{close}”或删去多余的“{open}”。',
    en: '"{open}" is not closed by a "{close}" in this paragraph: add the "{close}" or delete the stray "{open}".',
  },
  unopened: {
    zh: '“{close}”在本段中没有对应的“{open}”：请补上“{open}”或删去多余的“{close}”。',
    en: '"{close}" has no "{open}" before it in this paragraph: add the "{open}" or delete the stray "{close}".',
  },
  doubled: {
    zh: '“{marks}”重复：请删去一个。',
    en: '"{marks}" is doubled: delete one.',
  },
});
