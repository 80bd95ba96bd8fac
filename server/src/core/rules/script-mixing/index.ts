import type { Span } from '../../text/span';
import type { Report } from '../../model/types';
import { allowedSpans, convertDocument, findArtifacts } from '../../script/artifacts';
import { isHan } from '../../text/characters';
import { reportSpan } from '../kit/sections';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'script-mixing',
    name: { zh: '繁体字', en: 'Traditional characters' },
    defaultSeverity: 'warning',
    description: { zh: '规范简体文本中混有繁体字', en: 'traditional characters in a simplified text' },
    fixable: true,
    fix: 'safe',
  },
  check(report, add) {
    const runs = traditionalRuns(report);
    if (runs.length === 0) return;
    if (report.script === 'traditional') {
      const count = runs.reduce((total, run) => total + run.changed, 0);
      const converted = convertDocument(report.text);
      add({
        span: reportSpan(report),
        message: msg(messages.document, { count, artifacts: findArtifacts(report.folded).length }),
        fix: { title: msg(messages['document-fix']), edit: { span: { start: 0, end: report.text.length }, text: converted } },
      });
      return;
    }
    for (const run of runs) {
      const found = report.text.slice(run.span.start, run.span.end);
      const expected = report.folded.slice(run.span.start, run.span.end);
      add({
        span: run.span,
        message: msg(messages.span, { found, expected }),
        fix: { title: msg(messages['span-fix'], { expected }), edit: { span: run.span, text: expected } },
      });
    }
  },
});

interface Run {
  readonly span: Span;
  readonly changed: number;
}

/** Stretches of characters OpenCC's phrase-aware traditional → simplified conversion changes; one unchanged Han character may sit inside. */
function traditionalRuns(report: Report): Run[] {
  const runs: { start: number; end: number; changed: number }[] = [];
  const { text, folded } = report;
  for (const lineIndex of report.traditionalLines) {
    const line = report.lines.lines[lineIndex];
    // the allow-list's words never span a line
    const allowed = allowedSpans(line.text);
    const isAllowed = (offset: number) => allowed.some((span) => offset >= span.start && offset < span.end);
    for (let index = line.start; index < line.end; index++) {
      const code = text.charCodeAt(index);
      const foldedCode = folded.charCodeAt(index);
      // a Han character folded to a space is inside a comment, which the rendered report does not show
      if (!isHan(code) || foldedCode === code || foldedCode === SPACE || isAllowed(index - line.start)) continue;
      const last = runs[runs.length - 1];
      if (last && index - last.end <= 1 && (index === last.end || isHan(text.charCodeAt(last.end)))) {
        last.end = index + 1;
        last.changed++;
      } else runs.push({ start: index, end: index + 1, changed: 1 });
    }
  }
  return runs.map((run) => ({ span: { start: run.start, end: run.end }, changed: run.changed }));
}

const SPACE = 0x20;
