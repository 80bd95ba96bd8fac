import type { LawSpec } from '../../formats/laws';
import { editDistance } from '../../text/edits';

/** How a title in 《》 relates to a law: as the law names itself, a slip away from one of its names, or unrelated. */
export type TitleReading =
  | { readonly kind: 'accepted'; readonly law: LawSpec }
  | { readonly kind: 'near'; readonly law: LawSpec; readonly expected: string }
  | undefined;

/** Short names under this length are compared only for equality (《条例》 is not a slip of anything). */
const MIN_COMPARED = 6;

/**
 * A title is near a law's name when a slip or two turns one into the other (two for the full title, one for a short
 * form), or when it has the same characters in another order (政府公开信息条例). A title that contains one of the
 * law's names is another work that names it (《中华人民共和国政府信息公开条例释义》, 《广东省政府信息公开条例》).
 */
export function readTitle(title: string, laws: readonly LawSpec[]): TitleReading {
  for (const law of laws) {
    if (title === law.title || law.short.includes(title)) return { kind: 'accepted', law };
  }
  for (const law of laws) {
    // the full title first: 华人民共和国政府信息公开条例 contains the short form but is the title with a slip
    if (title.includes(law.title)) return undefined;
    if (isNear(title, law.title, 2)) return { kind: 'near', law, expected: law.title };
    for (const name of law.short.filter((short) => short.length >= MIN_COMPARED)) {
      if (title.includes(name)) return undefined;
      if (isNear(title, name, 1)) return { kind: 'near', law, expected: name };
    }
  }
  return undefined;
}

function isNear(title: string, name: string, slips: number): boolean {
  return editDistance(title, name, slips) <= slips || isAnagram(title, name);
}

function isAnagram(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  return [...a].sort().join('') === [...b].sort().join('');
}
