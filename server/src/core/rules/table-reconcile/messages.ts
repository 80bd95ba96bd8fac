import { defineMessages } from '../../messages/define';

export const messages = defineMessages('table-reconcile', {
  total: {
    zh: '{equation}{scope}：{parts} = {sum}，而{total}填写为 {actual}；应为 {expected}。',
    en: '{equation}{scope}: {parts} = {sum}, but {total} is {actual}; expected {expected}.',
  },
  'blank-total': {
    zh: '{equation}{scope}：{total}为空，而各项之和为 {sum}；应填写 {expected}。',
    en: '{equation}{scope}: {total} is blank while its parts add up to {sum}; enter {expected}.',
  },
  balance: {
    zh: '{equation}{scope}：{left} = {leftSum}，{right} = {rightSum}，相差 {difference}。',
    en: '{equation}{scope}: {left} = {leftSum}, {right} = {rightSum}, a difference of {difference}.',
  },
  culprit: {
    zh: '此单元格使 {count} 条勾稽关系不成立：{equations}；改为 {expected} 后均成立。',
    en: 'This cell breaks {count} reconciliation equations: {equations}; with {expected} they all hold.',
  },
  'culprit-blank': {
    zh: '此单元格为空，使 {count} 条勾稽关系不成立：{equations}；应填写 {expected}。',
    en: 'This cell is blank and breaks {count} reconciliation equations: {equations}; enter {expected}.',
  },
  fix: {
    zh: '改为 {value}',
    en: 'Change to {value}',
  },
});
