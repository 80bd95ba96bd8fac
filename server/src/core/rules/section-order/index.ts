import type { Heading } from '../../model/types';
import { defineRule, type FindingInput } from '../kit/define';
import { checkedEra, numeralText } from '../kit/sections';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'section-order',
    name: { zh: '部分顺序', en: 'Section order' },
    defaultSeverity: 'warning',
    description: { zh: '部分顺序错误、重复，或标题序号跳号、重号', en: 'a section out of order or repeated, or heading numbers that skip or repeat' },
    fixable: false,
  },
  check(report, add) {
    const era = checkedEra(report);
    if (!era) return;
    const flagged = new Set<Heading>();
    const firstOf = new Map<string, Heading>();
    let furthest: { numeral: number; title: string } | undefined;
    for (const section of report.sections) {
      const spec = section.spec;
      if (!spec) continue;
      const first = firstOf.get(spec.id);
      if (first && era.sectionsOrdered) {
        flagged.add(section.heading);
        add({
          span: section.heading.titleSpan,
          message: msg(messages.duplicate, { section: spec.title, line: report.lines.lineAt(first.span.start).index + 1 }),
        });
        continue;
      }
      if (first) continue;
      firstOf.set(spec.id, section.heading);
      if (era.sectionsOrdered && furthest && spec.numeral < furthest.numeral) {
        flagged.add(section.heading);
        add({ span: section.heading.titleSpan, message: msg(messages['out-of-order'], { section: spec.title, before: furthest.title }) });
      }
      if (!furthest || spec.numeral > furthest.numeral) furthest = { numeral: spec.numeral, title: spec.title };
    }
    checkNumbering(report.sections.map((section) => section.heading), flagged, add);
  },
});

function checkNumbering(headings: readonly Heading[], flagged: ReadonlySet<Heading>, add: (finding: FindingInput) => void): void {
  let previous: Heading | undefined;
  for (const heading of headings) {
    if (heading.numeral === undefined) continue;
    if (previous?.numeral !== undefined && !flagged.has(heading)) {
      const expected = previous.numeral + 1;
      const params = { previous: numeralText(previous.numeral), expected: numeralText(expected), actual: numeralText(heading.numeral) };
      const span = { start: heading.span.start, end: heading.titleSpan.start };
      if (heading.numeral > expected) add({ span, message: msg(messages['numbering-skip'], params) });
      else if (heading.numeral < expected) add({ span, message: msg(messages['numbering-repeat'], { previous: params.previous, actual: params.actual }) });
    }
    previous = heading;
  }
}
