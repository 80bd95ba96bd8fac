import { defineMessages } from '../../messages/define';

export const messages = defineMessages('table-reconcile', {
  total: {
    zh: '应为 {expected}：{total}填写为 {actual}，{parts} = {sum}（{equation}{scope}）。',
    en: 'Expected {expected}: {total} is {actual}, {parts} = {sum} ({equation}{scope}).',
  },
  'blank-total': {
    zh: '应填写 {expected}：{total}为空，各项之和为 {sum}（{equation}{scope}）。',
    en: 'Enter {expected}: {total} is blank, its parts add up to {sum} ({equation}{scope}).',
  },
  balance: {
    zh: '相差 {difference}：{left} = {leftSum}，{right} = {rightSum}（{equation}{scope}）。',
    en: 'Off by {difference}: {left} = {leftSum}, {right} = {rightSum} ({equation}{scope}).',
  },
  culprit: {
    zh: '应为 {expected}：此单元格使 {count} 条勾稽关系不成立（{equations}）。',
    en: 'Expected {expected}: this cell breaks {count} reconciliation equations ({equations}).',
  },
  'culprit-blank': {
    zh: '应填写 {expected}：此单元格为空，使 {count} 条勾稽关系不成立（{equations}）。',
    en: 'Enter {expected}: this blank cell breaks {count} reconciliation equations ({equations}).',
  },
  fix: {
    zh: '改为 {value}',
    en: 'Change to {value}',
  },
});
