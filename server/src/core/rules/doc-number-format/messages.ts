import { defineMessages } from '../../messages/define';

export const messages = defineMessages('doc-number-format', {
  message: {
    zh: '文号年份应使用六角括号：“{found}”应为“{expected}”。',
    en: 'The year of a document number goes in 〔〕: "{found}" should be "{expected}".',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
