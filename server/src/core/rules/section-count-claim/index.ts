import { chineseNumeral } from '../../text/numbers';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

const CLAIM = /(?:全文|本报告|报告)?(?:包括|分为|包含|由)([^。]{0,200}?)(?:等|共)?\s*([一二三四五六七八九十]|\d{1,2})\s*(?:个)?部分/g;

export default defineRule({
  meta: {
    id: 'section-count-claim',
    defaultSeverity: 'warning',
    description: { zh: '“全文包括…等六部分”与实际部分数不符', en: 'an announced number of parts that differs from the sections present' },
    fixable: false,
  },
  check(report, add) {
    if (!report.isAnnualReport) return;
    const present = new Set(report.sections.filter((section) => section.heading.numeral !== undefined).map((section) => section.heading.numeral)).size;
    if (present === 0) return;
    // the announcement belongs to the opening: a "分为三个部分" inside a later section is about something else
    const openingEnd = report.sections.find((section) => (section.heading.numeral ?? 0) >= 2)?.span.start ?? report.text.length;
    for (const match of report.folded.matchAll(CLAIM)) {
      if (match.index >= openingEnd) break;
      const claimed = chineseNumeral(match[2]) ?? Number(match[2]);
      if (!claimed || claimed === present) continue;
      const listed = match[1].includes('、') ? match[1].split(/、|以及|和(?=[^、]*$)/).filter((part) => part.trim()).length : undefined;
      const start = match.index + match[0].lastIndexOf(match[2]);
      add({
        span: { start, end: start + match[2].length },
        message: listed !== undefined && listed !== claimed
          ? msg(messages.listed, { claimed, present, listed })
          : msg(messages.present, { claimed, present }),
      });
    }
  },
});
