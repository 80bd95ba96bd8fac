import { defineMessages } from '../../messages/define';

export const messages = defineMessages('file-too-large', {
  message: {
    zh: '文件有 {size} 个字符，超过 {limit} 的限制，只做了标点和文号检查（可在配置中调整 maxFileSize）。',
    en: 'The document has {size} characters, over the limit of {limit}: only punctuation and document numbers were checked (maxFileSize in the configuration).',
  },
});
