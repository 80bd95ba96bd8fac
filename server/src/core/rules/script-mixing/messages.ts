import { defineMessages } from '../../messages/define';

export const messages = defineMessages('script-mixing', {
  document: {
    zh: '全文为繁体字（{count} 个繁体字，{artifacts} 处台湾用语），政府公文应使用规范简体字。',
    en: 'The whole text is in traditional characters ({count} characters, {artifacts} Taiwan terms); official documents must use standard simplified characters.',
  },
  'document-fix': {
    zh: '全文转换为简体',
    en: 'Convert the whole document to simplified',
  },
  span: {
    zh: '“{found}”为繁体字，应为“{expected}”。',
    en: '"{found}" is traditional; use "{expected}".',
  },
  'span-fix': {
    zh: '改为“{expected}”',
    en: 'Change to "{expected}"',
  },
});
