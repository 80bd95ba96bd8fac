import { defineMessages } from '../../messages/define';

export const messages = defineMessages('punctuation-width', {
  message: {
    zh: '应为全角“{expected}”，不是半角“{found}”。',
    en: 'Use the full-width "{expected}", not "{found}".',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
  pervasive: {
    zh: '应使用全角标点：全文有 {count} 处半角标点。',
    en: 'Use full-width punctuation: {count} half-width marks in the text.',
  },
  'pervasive-fix': {
    zh: '全文改为全角标点',
    en: 'Change all to full-width punctuation',
  },
});
