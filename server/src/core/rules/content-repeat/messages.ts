import { defineMessages } from '../../messages/define';

export const messages = defineMessages('content-repeat', {
  copied: {
    zh: '本报告 {counted} 句正文中有 {copied} 句（{share}%）与上一年度报告（{name}）相同或仅数字、年份不同；最长的一段（{sentences} 句，第 {from}–{to} 行）：“{quote}”。请按本年度的工作实际重新撰写。',
    en: "{copied} of this report's {counted} prose sentences ({share}%) are last year's report ({name}) again, word for word or with only figures and years changed; the longest copied passage ({sentences} sentences, lines {from}–{to}): “{quote}”. Rewrite them for this year's work.",
  },
  'copied-line': {
    zh: '本报告 {counted} 句正文中有 {copied} 句（{share}%）与上一年度报告（{name}）相同或仅数字、年份不同；最长的一段（{sentences} 句，第 {from} 行）：“{quote}”。请按本年度的工作实际重新撰写。',
    en: "{copied} of this report's {counted} prose sentences ({share}%) are last year's report ({name}) again, word for word or with only figures and years changed; the longest copied passage ({sentences} sentences, line {from}): “{quote}”. Rewrite them for this year's work.",
  },
});
