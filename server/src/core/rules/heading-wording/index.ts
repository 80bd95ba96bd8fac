import { nearWording } from '../../parse/wording';
import { defineRule } from '../kit/define';
import { checkedEra } from '../kit/sections';
import { msg } from '../../messages';
import { messages } from './messages';

const TRAILING = /[\s。.:：]+$/;

/**
 * A top-level heading of a 2019/2021 report that names a prescribed section a slip of the pen away from the format's
 * wording (one or two characters added or dropped, two swapped). Accepted variants (formats/sections.ts) and the
 * accepted differences (formats/wording.ts: 和/及/、, 其它/其他) are not slips; larger rewordings are left alone. The
 * section counts as present either way (parse/headings.ts matchSection).
 */
export default defineRule({
  meta: {
    id: 'heading-wording',
    name: { zh: '标题措辞', en: 'Heading wording' },
    defaultSeverity: 'warning',
    description: { zh: '规定部分的标题与格式措辞有个别字之差', en: 'a prescribed heading a character or two away from the format’s wording' },
    fixable: true,
    fix: 'review',
  },
  check(report, add) {
    const era = checkedEra(report);
    if (!era || !era.sectionsOrdered) return;
    for (const section of report.sections) {
      const near = section.spec && nearWording(section.heading.key, [section.spec]);
      if (!near) continue;
      const { title, titleSpan } = section.heading;
      // a closing 。 or ： stays as written
      const span = { start: titleSpan.start, end: titleSpan.end - (TRAILING.exec(title)?.[0].length ?? 0) };
      const found = report.text.slice(span.start, span.end);
      const expected = near.wording.text;
      const params = { found, expected };
      add({
        span,
        message: near.slip.kind === 'swapped'
          ? msg(messages.swapped, params)
          : msg(messages[near.slip.kind], { ...params, count: near.slip.count }),
        fix: { title: msg(messages.fix, { expected }), edit: { span, text: expected } },
      });
    }
  },
});
