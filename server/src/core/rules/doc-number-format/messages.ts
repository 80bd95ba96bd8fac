import { defineMessages } from '../../messages/define';

export const messages = defineMessages('doc-number-format', {
  message: {
    zh: '应为“{expected}”（文号年份用〔〕），此处为“{found}”。',
    en: 'Should be "{expected}" (the year of a document number goes in 〔〕), not "{found}".',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
