import { defineRule } from '../kit/define';

/** Reported by analyze() for a document over the configured size: only the cheap rules run on it. */
export default defineRule({
  meta: {
    id: 'file-too-large',
    defaultSeverity: 'info',
    description: { zh: '文件超过大小限制，只做了基本检查', en: 'the document is over the size limit; only the cheap checks ran' },
    fixable: false,
  },
  check() {
    // see analyze() in index.ts
  },
});
