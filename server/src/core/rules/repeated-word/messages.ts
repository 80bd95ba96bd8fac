import { defineMessages } from '../../messages/define';

export const messages = defineMessages('repeated-word', {
  message: {
    zh: '应只写一次“{word}”：此处连写了{count}次（“{found}”）。',
    en: 'Write "{word}" once: it is written {count} times in a row ("{found}").',
  },
  fix: {
    zh: '删去重复的“{word}”',
    en: 'Delete the repeated "{word}"',
  },
});
