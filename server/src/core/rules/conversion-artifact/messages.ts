import { defineMessages } from '../../messages/define';

export const messages = defineMessages('conversion-artifact', {
  message: {
    zh: '应为“{replacement}”：“{found}”是繁简转换遗留的台湾用语。',
    en: 'Use "{replacement}": "{found}" is Taiwan vocabulary left by conversion.',
  },
  fix: {
    zh: '改为“{replacement}”',
    en: 'Change to "{replacement}"',
  },
});
