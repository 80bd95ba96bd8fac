import { defineMessages } from '../../messages/define';

export const messages = defineMessages('template-residue', {
  instructions: {
    zh: '应删除：“{found}”是模板或报表的说明文字。',
    en: "Delete it: \"{found}\" is the template's or form's instructions.",
  },
  fillIn: {
    zh: '应填入实际内容：“{found}”是待填写的提示。',
    en: 'Write the actual content: "{found}" is a fill-in note.',
  },
  placeholderMark: {
    zh: '应填入实际的名称或数字：“{found}”是占位符。',
    en: 'Write the actual name or figure: "{found}" is a placeholder.',
  },
  sectionPlaceholder: {
    zh: '应改写为本部分的实际内容：“{found}”是模板占位段落。',
    en: "Write the section's content: \"{found}\" is the template's placeholder paragraph.",
  },
  sectionPlaceholders: {
    zh: '应改写为本部分的实际内容：还有 {count} 段模板占位段落（“{found}”等）。',
    en: "Write the section's content: {count} of the template's placeholder paragraphs (\"{found}\" …) remain.",
  },
  unitPlaceholder: {
    zh: '应填入本单位名称：标题中的“{found}”是模板占位符。',
    en: "Write the unit's name: \"{found}\" in the title is the template's placeholder.",
  },
  markup: {
    zh: '应删除：“{found}”是复制网页或 Word 时遗留的标记（本行 {count} 处）。',
    en: 'Delete it: "{found}" is markup left by a copy from a web page or Word ({count} on this line).',
  },
});
