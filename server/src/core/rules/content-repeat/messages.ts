import { defineMessages } from '../../messages/define';

export const messages = defineMessages('content-repeat', {
  copied: {
    zh: '应按本年度工作重写：{share}% 的正文（{copied}/{counted} 句）与上年报告（{name}）相同或仅数字、年份不同；最长一段在第 {from}–{to} 行（{sentences} 句）：“{quote}”。',
    en: "Rewrite for this year: {share}% of the prose ({copied}/{counted} sentences) repeats last year's report ({name}), word for word or but for figures and years; the longest passage, lines {from}–{to} ({sentences} sentences): “{quote}”.",
  },
  'copied-line': {
    zh: '应按本年度工作重写：{share}% 的正文（{copied}/{counted} 句）与上年报告（{name}）相同或仅数字、年份不同；最长一段在第 {from} 行（{sentences} 句）：“{quote}”。',
    en: "Rewrite for this year: {share}% of the prose ({copied}/{counted} sentences) repeats last year's report ({name}), word for word or but for figures and years; the longest passage, line {from} ({sentences} sentences): “{quote}”.",
  },
});
