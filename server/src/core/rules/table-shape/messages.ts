import { defineMessages } from '../../messages/define';

export const messages = defineMessages('table-shape', {
  rows: {
    zh: '“{table}”缺少 {count} 行或无法识别：{rows}。',
    en: '"{table}" lacks {count} rows, or they cannot be recognised: {rows}.',
  },
  columns: {
    zh: '“{table}”缺少列或无法识别：{columns}。',
    en: '"{table}" lacks columns, or they cannot be recognised: {columns}.',
  },
  'short-row': {
    zh: '“{row}”一行只有 {actual} 个数字单元格，应为 {expected} 个。',
    en: 'Row "{row}" has {actual} number cells; {expected} expected.',
  },
});
