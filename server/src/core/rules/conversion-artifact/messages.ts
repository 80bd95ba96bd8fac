import { defineMessages } from '../../messages/define';

export const messages = defineMessages('conversion-artifact', {
  message: {
    zh: '“{found}”是繁简转换遗留的台湾用语，应为“{replacement}”。',
    en: '"{found}" is Taiwan vocabulary left by script conversion; use "{replacement}".',
  },
  fix: {
    zh: '改为“{replacement}”',
    en: 'Change to "{replacement}"',
  },
});
