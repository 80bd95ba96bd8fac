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
    zh: '“{row}”应有 {expected} 个数字单元格，此处只有 {actual} 个。',
    en: 'Row "{row}": {expected} number cells expected, {actual} found.',
  },
});
