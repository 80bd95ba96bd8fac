import { msg } from '../../messages';
import { defineRule } from '../kit/define';
import { messages } from './messages';

/** A document over the configured size: one finding on its first line; only the cheap rules run on it. */
export default defineRule({
  meta: {
    id: 'file-too-large',
    name: { zh: '文件过大', en: 'File too large' },
    defaultSeverity: 'info',
    description: { zh: '文件超过大小限制，只做了基本检查', en: 'the document is over the size limit; only the cheap checks ran' },
    fixable: false,
    phase: 'limit',
    cheap: true,
  },
  check(report, add, context) {
    if (!context.limit) return;
    const first = report.lines.lines[0];
    add({ span: { start: first.start, end: first.end }, message: msg(messages.message, { size: context.limit.size, limit: context.limit.limit }) });
  },
});
