import { defineMessages } from '../../messages/define';

export const messages = defineMessages('year-mismatch', {
  message: {
    zh: '报告年度为 {year} 年，而{where}中写作 {found} 年。',
    en: 'The report is for {year}, but {where} says {found}.',
  },
});
