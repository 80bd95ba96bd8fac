import { defineMessages } from '../../messages/define';

export const messages = defineMessages('format-outdated', {
  message: {
    zh: '{year}年度报告应采用{expected}格式（{basis}），此表仍为{actual}格式的“{table}”。',
    en: 'A report for {year} must use the {expected} format ({basis}); this "{table}" table is still in the {actual} format.',
  },
});
