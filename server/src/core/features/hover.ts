import type { Analysis } from '../checker/analysis';
import { msg, render, type Locale } from '../messages';
import { hover } from '../messages/editor';
import type { Span } from '../text/span';
import { describeProseAt } from '../prose/describe';
import { describeEvaluation } from '../reconcile/describe';
import { evaluate } from '../reconcile/equations';

export interface HoverContent {
  /** Markdown */
  readonly markdown: string;
}

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** What a prose figure was compared with, or the equations a number cell takes part in with their current values. */
export function hoverAt(analysis: Analysis, offset: number, locale: Locale): HoverContent | undefined {
  if (!analysis.applies) return undefined;
  const prose = describeProseAt(analysis.report, offset, locale);
  if (prose.length > 0) return { markdown: prose.map((line) => `- ${line}`).join('\n') };
  const instances = analysis.equations.filter((instance) => [...instance.left, ...instance.right].some((term) => within(term.span, offset)));
  if (instances.length === 0) return undefined;
  const lines = instances.map((instance) => {
    const evaluation = evaluate(instance);
    if (!evaluation.evaluated) return `- ${describeEvaluation(evaluation, locale)}`;
    const state = render(msg(evaluation.holds ? hover['equation-holds'] : hover['equation-fails']), locale);
    return `- ${evaluation.holds ? '✓' : '✗'} ${describeEvaluation(evaluation, locale)}（${state}）`;
  });
  return { markdown: lines.join('\n') };
}
