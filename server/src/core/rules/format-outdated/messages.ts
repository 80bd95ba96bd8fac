import { defineMessages } from '../../messages/define';

export const messages = defineMessages('format-outdated', {
  message: {
    zh: '应采用{expected}格式（{year}年度，{basis}）：“{table}”仍为{actual}格式。',
    en: 'Use the {expected} format for {year} ({basis}): "{table}" is in the {actual} format.',
  },
});
