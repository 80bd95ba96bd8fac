import { findArtifacts } from '../../script/artifacts';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'conversion-artifact',
    name: { zh: '台湾用语', en: 'Taiwan vocabulary' },
    defaultSeverity: 'warning',
    description: { zh: '繁简转换遗留的台湾用语', en: 'Taiwan vocabulary left by automatic script conversion' },
    fixable: true,
    fix: 'safe',
  },
  check(report, add) {
    // a traditional document gets one whole-document conversion (script-mixing), which also undoes these
    if (report.script === 'traditional') return;
    for (const match of findArtifacts(report.folded)) {
      const found = report.text.slice(match.span.start, match.span.end);
      add({
        span: match.span,
        message: msg(messages.message, { found, replacement: match.replacement }),
        fix: { title: msg(messages.fix, { replacement: match.replacement }), edit: { span: match.span, text: match.replacement } },
      });
    }
  },
});
