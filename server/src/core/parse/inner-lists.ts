import type { SectionSpec } from '../formats/schema';
import type { Heading } from '../model/types';
import { matchSection } from './headings';

/**
 * A list numbered 一、二、 inside a section ("五、存在的主要问题及改进情况" followed by "一、丰富政策解读形式",
 * "二、提升答复质量") looks like top-level headings, but its numbers start again and its titles name no
 * section of any era: it is a sub-list of the section it stands in. A heading that names a section, or that
 * does not start again at 一, stays top-level, so a report's own numbering slip is still seen.
 */
export function demoteInnerLists(headings: readonly Heading[], sections: readonly SectionSpec[]): Heading[] {
  let lastTop: number | undefined;
  let lastInner: number | undefined;
  return headings.map((heading) => {
    if (heading.level !== 1) return heading;
    const namesSection = matchSection(heading, sections) !== undefined;
    const startsInner = heading.numeral === 1 && lastTop !== undefined;
    const continuesInner = lastInner !== undefined && heading.numeral === lastInner + 1;
    if (!namesSection && (startsInner || continuesInner)) {
      lastInner = heading.numeral;
      return { ...heading, level: 2 };
    }
    lastInner = undefined;
    if (heading.numeral !== undefined) lastTop = heading.numeral;
    return heading;
  });
}
