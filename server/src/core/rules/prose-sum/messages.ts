import { defineMessages } from '../../messages/define';

export const messages = defineMessages('prose-sum', {
  message: {
    zh: '“{total}”与其后所列各项之和不符：{parts} = {sum}{unit}。',
    en: '"{total}" differs from the sum of the parts listed after it: {parts} = {sum}{unit}.',
  },
  listed: {
    zh: '此处称“等 {stated} 个”，但前面列出了 {listed} 个。',
    en: 'The text says "{stated}" but lists {listed}.',
  },
});
