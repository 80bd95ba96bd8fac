import { defineMessages } from '../../messages/define';

export const messages = defineMessages('table-cell', {
  text: {
    zh: '“{row}”的“{column}”应填写数字，此处为“{text}”。',
    en: '"{row}" / "{column}" must be a number, found "{text}".',
  },
  unfilled: {
    zh: '{table}还有 {count} 个单元格待填写。',
    en: '{table} has {count} cells left to fill.',
  },
  'unfilled-one': {
    zh: '{table}还有 1 个单元格待填写。',
    en: '{table} has 1 cell left to fill.',
  },
  placeholder: {
    zh: '“{row}”的“{column}”待填写（仍是模板占位内容“{text}”）。',
    en: '"{row}" / "{column}" is still to fill (the template placeholder "{text}").',
  },
  negative: {
    zh: '“{row}”的“{column}”不能为负数（{text}）。',
    en: '"{row}" / "{column}" cannot be negative ({text}).',
  },
  fraction: {
    zh: '“{row}”的“{column}”应为整数（{text}）。',
    en: '"{row}" / "{column}" must be a whole number ({text}).',
  },
});
