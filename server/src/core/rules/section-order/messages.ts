import { defineMessages } from '../../messages/define';

export const messages = defineMessages('section-order', {
  'out-of-order': {
    zh: '“{section}”应位于“{before}”之前。',
    en: 'Section "{section}" must come before "{before}".',
  },
  duplicate: {
    zh: '“{section}”重复出现（第一次在第 {line} 行）。',
    en: 'Section "{section}" appears twice (first on line {line}).',
  },
  'numbering-skip': {
    zh: '标题序号应为“{expected}”（“{previous}”之后），此处为“{actual}”。',
    en: 'Heading number "{expected}" expected after "{previous}", found "{actual}".',
  },
  'numbering-repeat': {
    zh: '标题序号重复或倒退：“{previous}”之后出现“{actual}”。',
    en: 'Heading numbers repeat or go back: "{actual}" after "{previous}".',
  },
});
