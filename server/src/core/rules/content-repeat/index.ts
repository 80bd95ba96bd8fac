import { z } from 'zod';
import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { lastYearRepeat } from './compare';
import { messages } from './messages';

export const CONTENT_REPEAT_OPTIONS = z.object({
  /** the share (0–1) of this year's counted sentences that may repeat last year's; above it the report is reported */
  threshold: z.number().min(0).max(1).default(0.5),
}).strict();

/** Below this many counted sentences a share says little: two fixed statements repeated would make 100 %. */
const MIN_COUNTED = 5;
/** characters of the copied passage quoted in the message */
const QUOTE_LENGTH = 40;

export default defineRule({
  meta: {
    id: 'content-repeat',
    name: { zh: '内容雷同', en: 'Repeated content' },
    defaultSeverity: 'info',
    description: { zh: '正文大段照搬上一年度报告', en: "prose copied from last year's report" },
    fixable: false,
    options: CONTENT_REPEAT_OPTIONS,
  },
  check(report, add, context) {
    const { threshold } = CONTENT_REPEAT_OPTIONS.parse(context.options ?? {});
    const comparison = lastYearRepeat(report, context.previous, context.caches);
    if (!comparison?.longest || !report.title || comparison.counted < MIN_COUNTED) return;
    const share = comparison.copied.length / comparison.counted;
    if (share <= threshold) return;
    const { span, sentences } = comparison.longest;
    const from = lineOf(report, span.start);
    const to = lineOf(report, span.end - 1);
    const params = { counted: comparison.counted, copied: comparison.copied.length, share: Math.round(share * 100), name: comparison.name, sentences, from, quote: quote(report, span) };
    add({ span: report.title.span, message: from === to ? msg(messages['copied-line'], params) : msg(messages.copied, { ...params, to }) });
  },
});

const lineOf = (report: Report, offset: number) => report.lines.lineAt(offset).index + 1;

/** The passage's beginning as written, on one line. */
export function quote(report: Report, span: Span, length = QUOTE_LENGTH): string {
  const text = report.text.slice(span.start, span.end).replace(/\s+/g, '');
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
