import { defineMessages } from '../../messages/define';

export const messages = defineMessages('unused-suppression', {
  unknown: {
    zh: '抑制注释中的规则 id“{id}”不存在。',
    en: 'The suppression comment names an unknown rule id "{id}".',
  },
  unused: {
    zh: '此抑制注释未抑制任何问题，可以删除。',
    en: 'This suppression comment suppresses nothing and can be removed.',
  },
  'unused-id': {
    zh: '抑制注释中的“{id}”未抑制任何问题。',
    en: '"{id}" in this suppression comment suppresses nothing.',
  },
  fix: {
    zh: '删除此抑制注释',
    en: 'Remove this suppression comment',
  },
});
