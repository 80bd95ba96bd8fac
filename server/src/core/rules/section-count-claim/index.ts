import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';
import { partCountClaims } from './claims';

const SENTENCE = /[^。]+。?/g;

export default defineRule({
  meta: {
    id: 'section-count-claim',
    name: { zh: '部分数目', en: 'Number of parts' },
    defaultSeverity: 'warning',
    description: { zh: '“全文包括…等六部分”与所列部分数或实际部分数不符', en: 'an announced number of parts that differs from the parts listed or the sections present' },
    fixable: false,
  },
  check(report, add) {
    if (!report.isAnnualReport) return;
    const present = new Set(report.sections.filter((section) => section.heading.numeral !== undefined).map((section) => section.heading.numeral)).size;
    if (present === 0) return;
    // the announcement belongs to the opening: a "分为三个部分" inside a later section is about something else
    const openingEnd = report.sections.find((section) => (section.heading.numeral ?? 0) >= 2)?.span.start ?? report.text.length;
    for (const sentence of report.folded.slice(0, openingEnd).matchAll(SENTENCE)) {
      if (!sentence[0].includes('部分')) continue;
      for (const claim of partCountClaims(sentence[0], sentence.index)) {
        // a list in the same sentence is what the count describes; the sections present only when there is none
        if (claim.listed !== undefined) {
          if (claim.listed !== claim.claimed) add({ span: claim.span, message: msg(messages.listed, { claimed: claim.claimed, listed: claim.listed, present }) });
        } else if (claim.claimed !== present) {
          add({ span: claim.span, message: msg(messages.present, { claimed: claim.claimed, present }) });
        }
      }
    }
  },
});
