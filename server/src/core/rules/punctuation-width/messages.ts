import { defineMessages } from '../../messages/define';

export const messages = defineMessages('punctuation-width', {
  message: {
    zh: '中文中应使用全角标点“{expected}”，此处为半角“{found}”。',
    en: 'Use the full-width "{expected}" in Chinese text, not the half-width "{found}".',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
