import { defineMessages } from '../../messages/define';

export const messages = defineMessages('law-title', {
  title: {
    zh: '应为“《{expected}》”：“《{found}》”与法规名称不符。',
    en: "Should be \"{expected}\": \"{found}\" is not the regulation's title.",
  },
  'decree-replaced': {
    zh: '应为国务院令第{expected}号：第{found}号是修订前的《条例》（适用于{last}年度及以前），本报告为{year}年度。',
    en: 'Should be Decree No. {expected}: No. {found} is the regulation before its revision (for {last} and earlier); this report is for {year}.',
  },
  'decree-later': {
    zh: '应为国务院令第{expected}号：第{found}号{issued}年才发布，本报告为{year}年度。',
    en: 'Should be Decree No. {expected}: No. {found} was issued only in {issued}; this report is for {year}.',
  },
  'decree-other': {
    zh: '应为国务院令第{expected}号（《{law}》，本报告年度适用），不是第{found}号。',
    en: "Should be Decree No. {expected} (\"{law}\", for this report's year), not No. {found}.",
  },
  'notice-era': {
    zh: '应为{expected}（{year}年度报告的格式依据），不是{found}。',
    en: 'Should be {expected} (the format of a report for {year}), not {found}.',
  },
  'notice-close': {
    zh: '应为{expected}（印发年度报告格式的通知），此处为“{found}”。',
    en: 'Should be {expected} (the notice that issued the report format), not "{found}".',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
