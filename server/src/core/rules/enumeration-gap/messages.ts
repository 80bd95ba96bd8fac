import { defineMessages } from '../../messages/define';

export const messages = defineMessages('enumeration-gap', {
  skip: {
    zh: '列举序号跳号：“{previous}”之后应为“{expected}”，这里写成了“{found}”。',
    en: 'Enumeration skips a number: after "{previous}" comes "{expected}", not "{found}".',
  },
  repeat: {
    zh: '列举序号重复：“{previous}”之后又是“{found}”，这里应为“{expected}”。',
    en: 'Enumeration repeats a number: "{found}" again after "{previous}"; this should be "{expected}".',
  },
  back: {
    zh: '列举序号倒退：“{previous}”之后应为“{expected}”，这里写成了“{found}”。',
    en: 'Enumeration goes back: after "{previous}" comes "{expected}", not "{found}".',
  },
});
