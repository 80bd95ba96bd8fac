import { defineMessages } from '../../messages/define';

export const messages = defineMessages('carryover-mismatch', {
  carried: {
    zh: '上年结转（{column}）应为 {last}，此处为 {current}（上一年度报告 {name} 的结转下年度继续办理）。',
    en: "Carried over ({column}) should be {last}, is {current} (carried forward in last year's report, {name}).",
  },
  'in-force': {
    zh: '“{row}”现行有效件数应为 {expected}，此处为 {current}：{last} + 制发 {issued} − 废止 {repealed}（上一年度报告 {name}）。',
    en: "\"{row}\" in force should be {expected}, is {current}: {last} + issued {issued} − repealed {repealed} (last year's report, {name}).",
  },
  'previous-items': {
    zh: '“{row}”上一年项目数量应为 {expected}，此处为 {current}：{last} + 增/减 {change}（上一年度报告 {name}）。',
    en: "\"{row}\" items last year should be {expected}, is {current}: {last} + change {change} (last year's report, {name}).",
  },
});
