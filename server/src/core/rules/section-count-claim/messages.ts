import { defineMessages } from '../../messages/define';

export const messages = defineMessages('section-count-claim', {
  present: {
    zh: '正文称全文共 {claimed} 部分，而报告有 {present} 个一级部分。',
    en: 'The text announces {claimed} parts, but the report has {present} top-level sections.',
  },
  listed: {
    zh: '正文称全文共 {claimed} 部分，列出了 {listed} 项，报告有 {present} 个一级部分。',
    en: 'The text announces {claimed} parts and lists {listed}; the report has {present} top-level sections.',
  },
});
