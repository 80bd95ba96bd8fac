import { defineMessages } from '../../messages/define';

export const messages = defineMessages('prose-percent', {
  message: {
    zh: '应为 {computed}：{numerator} ÷ {denominator} = {exact}%，此处写作“{stated}”。',
    en: 'Expected {computed}: {numerator} / {denominator} = {exact}%, written "{stated}".',
  },
  rate: {
    zh: '应为 {computed}：{rate}为 {readings}，此处写作“{stated}”。',
    en: 'Expected {computed}: {rate} is {readings}, written "{stated}".',
  },
  fix: {
    zh: '改为 {computed}',
    en: 'Change to {computed}',
  },
});
