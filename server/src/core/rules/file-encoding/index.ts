import { msg } from '../../messages';
import { defineRule } from '../kit/define';
import { messages } from './messages';

/**
 * A document decoded with the wrong encoding (a GBK report read as UTF-8): one finding on the first garbled line
 * instead of a flood of findings on garbage; the editor offers to reopen it with GB 18030 (a command, not an edit).
 */
export default defineRule({
  meta: {
    id: 'file-encoding',
    name: { zh: '文件编码', en: 'File encoding' },
    defaultSeverity: 'warning',
    description: { zh: '文件编码不对：应重新以 GB 18030 编码打开', en: 'the file was decoded with the wrong encoding: reopen it with GB 18030' },
    fixable: false,
    phase: 'encoding',
  },
  check(report, add, context) {
    if (!context.misDecoded) return;
    const line = report.lines.lineAt(context.misDecoded.firstReplaced);
    add({ span: { start: line.start, end: line.end }, message: msg(messages.message, { count: context.misDecoded.replaced }) });
  },
});
