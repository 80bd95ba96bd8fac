import { defineMessages } from '../../messages/define';

export const messages = defineMessages('carryover-mismatch', {
  carried: {
    zh: '上年结转（{column}）为 {current}，而上一年度报告（{name}）的结转下年度继续办理为 {last}。',
    en: "Carried over ({column}) is {current}, but last year's report ({name}) carried {last} forward.",
  },
  'in-force': {
    zh: '“{row}”现行有效件数为 {current}，按上一年度报告（{name}）的 {last} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}。',
    en: "\"{row}\" in force is {current}; last year's report ({name}) gives {last} + issued {issued} − repealed {repealed} = {expected}.",
  },
  'previous-items': {
    zh: '“{row}”上一年项目数量为 {current}，按上一年度报告（{name}）的 {last} + 本年增/减 {change} 应为 {expected}。',
    en: "\"{row}\" items last year is {current}; last year's report ({name}) gives {last} + change {change} = {expected}.",
  },
});
