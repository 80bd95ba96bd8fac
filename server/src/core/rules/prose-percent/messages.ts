import { defineMessages } from '../../messages/define';

export const messages = defineMessages('prose-percent', {
  message: {
    zh: '“{stated}”与计算不符：{numerator} ÷ {denominator} = {exact}%，按所写精度应为 {computed}（以 {denominator} 为分母）。',
    en: '"{stated}" does not match: {numerator} / {denominator} = {exact}%, {computed} at the precision written (denominator {denominator}).',
  },
  rate: {
    zh: '“{stated}”与正文所列数字不符：{rate}为 {readings}，按所写精度应为 {computed}。',
    en: '"{stated}" does not match the figures stated: {rate} is {readings}, {computed} at the precision written.',
  },
  fix: {
    zh: '改为 {computed}',
    en: 'Change to {computed}',
  },
});
