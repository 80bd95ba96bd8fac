import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import { inSpans } from '../../script/protected';
import { reportProtectedSpans } from '../kit/protected';
import type { MessageRef } from '../../messages';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';
import { cacheSlot, type Caches } from '../../cache/caches';
import { ContentCache } from '../../cache/content-cache';
import { markersIn, markerText, type Marker, type MarkerKind } from './markers';

export default defineRule({
  meta: {
    id: 'enumeration-gap',
    name: { zh: '序号跳漏', en: 'Enumeration gap' },
    defaultSeverity: 'warning',
    description: { zh: '列举序号跳号、重复或倒退', en: 'an enumeration that skips, repeats or goes back' },
    fixable: false,
  },
  check(report, add, context) {
    if (!report.isAnnualReport) return;
    for (const gap of gapsIn(report, context.caches)) add(gap);
  },
});

/** An item of an open enumeration: the number it had and where it is written. */
interface Item {
  readonly value: number;
  readonly span: Span;
}

/** The markers of each prose line, by its text (offsets within the line): a check after an edit reads only what changed. */
const LINE_MARKERS = cacheSlot('enumeration-gap lines', () => new ContentCache<readonly Marker[]>(50000));

/** Nested enumerations of one kind are a stack: "三是设立…，主要提供：一是…二是…三是…" opens an inner one at 一是. */
const MAX_DEPTH = 4;

/**
 * Walks the prose paragraph by paragraph. An enumeration runs within a paragraph and on over the following
 * paragraphs that start with one of its items or with an item of another kind (a sub-enumeration: 一是… （1）…
 * （2）… 二是…); a paragraph that starts otherwise, a heading or a table ends it. An item numbered 1 always begins
 * an enumeration (a new one, or one nested in the open one); an item that continues none of the open ones
 * (skips, repeats or goes back) is reported against the innermost.
 */
function gapsIn(report: Report, caches: Caches): { span: Span; message: MessageRef }[] {
  const byLine = caches.get(LINE_MARKERS);
  const gaps: { span: Span; message: MessageRef }[] = [];
  const skip = reportProtectedSpans(report, caches);
  const breaks = [...report.headings.map((heading) => heading.span.start), ...report.tables.map((table) => table.grid.span.start)].sort((a, b) => a - b);
  let nextBreak = 0;
  let open = new Map<MarkerKind, Item[]>();
  for (const { span: paragraph, text } of report.prose.lines) {
    let broken = false;
    while (nextBreak < breaks.length && breaks[nextBreak] < paragraph.start) {
      broken = true;
      nextBreak++;
    }
    const found = byLine.get(text, markersIn);
    const markers = found.length === 0 ? found : found.filter((marker) => !inSpans(skip, paragraph.start + marker.start));
    const leading = markers[0]?.leading ? markers[0] : undefined;
    if ((broken || !leading) && open.size > 0) open = new Map();
    for (const marker of markers) {
      const span = { start: paragraph.start + marker.start, end: paragraph.start + marker.end };
      const stack = open.get(marker.kind) ?? [];
      open.set(marker.kind, stack);
      const item = { value: marker.value, span };
      if (stack.length === 0 || marker.value === 1) {
        if (stack.length === MAX_DEPTH) stack.pop();
        stack.push(item);
        continue;
      }
      const continued = continuedLevel(stack, marker.value);
      if (continued >= 0) {
        stack.length = continued;
        stack.push(item);
        continue;
      }
      const previous = stack[stack.length - 1];
      const written = (at: Span) => report.text.slice(at.start, at.end);
      const expected = markerText(marker.kind, previous.value + 1, written(span));
      if (expected !== undefined) {
        const key = marker.value === previous.value ? messages.repeat : marker.value > previous.value ? messages.skip : messages.back;
        gaps.push({ span, message: msg(key, { previous: written(previous.span), found: written(span), expected }) });
      }
      stack[stack.length - 1] = item;
    }
  }
  return gaps;
}

/** The innermost open enumeration that `value` continues, or -1. */
function continuedLevel(stack: readonly Item[], value: number): number {
  for (let level = stack.length - 1; level >= 0; level--) if (stack[level].value + 1 === value) return level;
  return -1;
}
