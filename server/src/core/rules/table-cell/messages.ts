import { defineMessages } from '../../messages/define';

export const messages = defineMessages('table-cell', {
  text: {
    zh: '“{row}”的“{column}”应填写数字，此处为“{text}”。',
    en: '"{row}" / "{column}" must be a number, found "{text}".',
  },
  placeholder: {
    zh: '“{row}”的“{column}”仍是模板占位内容“{text}”，请填写数字。',
    en: '"{row}" / "{column}" still holds the template placeholder "{text}"; enter a number.',
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
