import { defineMessages } from '../../messages/define';

export const messages = defineMessages('year-mismatch', {
  message: {
    zh: '应为 {year} 年：{where}中写作 {found} 年。',
    en: 'Should be {year}: {where} says {found}.',
  },
});
