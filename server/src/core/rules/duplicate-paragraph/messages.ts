import { defineMessages } from '../../messages/define';

export const messages = defineMessages('duplicate-paragraph', {
  line: {
    zh: '第 {from} 行与第 {originalFrom} 行的段落重复。',
    en: 'Line {from} repeats the paragraph on line {originalFrom}.',
  },
  block: {
    zh: '第 {from}–{to} 行（{count} 段）与第 {originalFrom}–{originalTo} 行重复。',
    en: 'Lines {from}–{to} ({count} paragraphs) repeat lines {originalFrom}–{originalTo}.',
  },
  fix: {
    zh: '删除重复内容',
    en: 'Delete the repeat',
  },
});
