import { defineMessages } from './define';

/** How an equation that could not be evaluated is described (the hover), and why each term could not be read. */
export const reconcile = defineMessages('reconcile', {
  'not-evaluated': { zh: '未核对：{reasons}', en: 'not evaluated: {reasons}' },
  'unread-text': { zh: '“{term}”填写为“{written}”，不是数字', en: '"{term}" reads "{written}", not a number' },
  'unread-placeholder': { zh: '“{term}”仍是模板占位“{written}”', en: '"{term}" is still the template placeholder "{written}"' },
  'unread-missing': { zh: '“{term}”没有单元格', en: '"{term}" has no cell' },
  'unread-short-row': {
    zh: '“{term}”行的单元格少于列数，数字所属的列不确定',
    en: 'row "{term}" has fewer cells than columns, so which column each number belongs to is unknown',
  },
});
