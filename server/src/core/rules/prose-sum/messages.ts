import { defineMessages } from '../../messages/define';

export const messages = defineMessages('prose-sum', {
  message: {
    zh: '“{total}”不等于所列各项之和：{parts} = {sum}{unit}。',
    en: '"{total}" is not the sum of the parts listed: {parts} = {sum}{unit}.',
  },
  listed: {
    zh: '前面列出了 {listed} 个，此处称“等 {stated} 个”。',
    en: 'Lists {listed}, but says "{stated}".',
  },
});
