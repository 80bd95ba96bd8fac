import { defineMessages } from '../../messages/define';

export const messages = defineMessages('law-title', {
  title: {
    zh: '“《{found}》”与法规名称“《{expected}》”不符，请核对。',
    en: 'The title "{found}" does not match the regulation\'s title "{expected}": check it.',
  },
  'decree-replaced': {
    zh: '本报告为{year}年度，国务院令第{found}号是修订前的《条例》（适用于{last}年度及以前），现行《条例》为国务院令第{expected}号，请核对。',
    en: 'This is a report for {year}; State Council Decree No. {found} is the regulation before its revision (for {last} and earlier): the regulation in force is Decree No. {expected}. Check it.',
  },
  'decree-later': {
    zh: '本报告为{year}年度，国务院令第{found}号{issued}年才发布，该年度适用的是国务院令第{expected}号，请核对。',
    en: 'This is a report for {year}; State Council Decree No. {found} was only issued in {issued}: the regulation in force was Decree No. {expected}. Check it.',
  },
  'decree-other': {
    zh: '《{law}》的国务院令为第{expected}号（本报告年度适用），不是第{found}号，请核对。',
    en: 'The State Council decree of "{law}" for this report\'s year is No. {expected}, not No. {found}: check it.',
  },
  'notice-era': {
    zh: '{year}年度报告的格式依据是{expected}，不是{found}，请核对。',
    en: 'The format of a report for {year} was issued with {expected}, not {found}: check it.',
  },
  'notice-close': {
    zh: '“{found}”与印发年度报告格式的通知文号{expected}不符，请核对。',
    en: '"{found}" does not match {expected}, the notice that issued the report format: check it.',
  },
  fix: {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
