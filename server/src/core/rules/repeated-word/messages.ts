import { defineMessages } from '../../messages/define';

export const messages = defineMessages('repeated-word', {
  message: {
    zh: '“{word}”连写了{count}次（“{found}”），应只写一次。',
    en: '"{word}" is written {count} times in a row ("{found}"): write it once.',
  },
  fix: {
    zh: '删去重复的“{word}”',
    en: 'Delete the repeated "{word}"',
  },
});
