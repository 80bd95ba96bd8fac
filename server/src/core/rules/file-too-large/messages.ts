import { defineMessages } from '../../messages/define';

export const messages = defineMessages('file-too-large', {
  message: {
    zh: '只做了标点和文号检查：文件有 {size} 个字符，超过 {limit}（配置项 maxFileSize）。',
    en: 'Only punctuation and document numbers checked: {size} characters, over {limit} (maxFileSize).',
  },
});
