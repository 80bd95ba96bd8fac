import { defineMessages } from '../../messages/define';

export const messages = defineMessages('script-mixing', {
  document: {
    zh: '应使用规范简体字：全文为繁体（{count} 个繁体字，{artifacts} 处台湾用语）。',
    en: 'Use simplified characters: the text is traditional ({count} characters, {artifacts} Taiwan terms).',
  },
  'document-fix': {
    zh: '全文转换为简体',
    en: 'Convert the whole document to simplified',
  },
  span: {
    zh: '应为“{expected}”：“{found}”为繁体字。',
    en: 'Use "{expected}": "{found}" is traditional.',
  },
  'span-fix': {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
