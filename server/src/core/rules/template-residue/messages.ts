import { defineMessages } from '../../messages/define';

export const messages = defineMessages('template-residue', {
  instructions: {
    zh: '“{found}”是模板或报表的说明文字，正式报告中应删除。',
    en: '"{found}" is the template\'s or form\'s instructions: delete it from the published report.',
  },
  fillIn: {
    zh: '“{found}”是待填写的提示，请填入实际内容。',
    en: '"{found}" is a fill-in note: replace it with the actual content.',
  },
  placeholderMark: {
    zh: '“{found}”是占位符，请填入实际的名称或数字。',
    en: '"{found}" is a placeholder: write the actual name or figure.',
  },
  sectionPlaceholder: {
    zh: '“{found}”是模板中该部分的占位段落，请改写为本部分的实际内容。',
    en: '"{found}" is the template\'s placeholder paragraph for this section: write the section\'s content.',
  },
  sectionPlaceholders: {
    zh: '本部分还有 {count} 段模板占位段落（“{found}”等），请改写为本部分的实际内容。',
    en: 'This section still holds {count} of the template\'s placeholder paragraphs ("{found}" …): write the section\'s content.',
  },
  unitPlaceholder: {
    zh: '标题中的“{found}”是模板占位符，请填入本单位名称。',
    en: '"{found}" in the title is the template\'s placeholder: write the unit\'s name.',
  },
  markup: {
    zh: '“{found}”是复制网页或 Word 时遗留的标记（本行共 {count} 处），应删除。',
    en: '"{found}" is markup left by a copy from a web page or Word ({count} on this line): delete it.',
  },
});
