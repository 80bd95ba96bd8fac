import { defineMessages } from '../../messages/define';

export const messages = defineMessages('enumeration-gap', {
  skip: {
    zh: '序号应为“{expected}”（“{previous}”之后），此处跳到“{found}”。',
    en: 'Expected "{expected}" after "{previous}": the enumeration skips to "{found}".',
  },
  repeat: {
    zh: '序号应为“{expected}”：“{previous}”之后又是“{found}”。',
    en: 'Expected "{expected}": "{found}" again after "{previous}".',
  },
  back: {
    zh: '序号应为“{expected}”（“{previous}”之后），此处倒退为“{found}”。',
    en: 'Expected "{expected}" after "{previous}": the enumeration goes back to "{found}".',
  },
});
