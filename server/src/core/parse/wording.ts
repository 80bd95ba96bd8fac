import { ALL_SECTIONS } from '../formats';
import type { SectionSpec } from '../formats/schema';
import { HEADING_WORDING } from '../formats/wording';
import { slipBetween, type Slip } from '../text/edits';
import { normalizeLabel, stripNumbering, toHalfWidth, toSimplified } from '../text/fold';
import { lazy } from '../text/lazy';

/** A wording of a prescribed heading: as the format writes it, and as compared. */
export interface Wording {
  readonly text: string;
  readonly key: string;
}

const JOINERS = new RegExp(`[${[...HEADING_WORDING.joiners, ...HEADING_WORDING.particles].map((joiner) => joiner.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
const TRAILING = /[。.:：]+$/;

/** A heading key (normalizeLabel of the folded title) as compared with the format's wordings: joiners and particles dropped. */
export function wordingKey(key: string): string {
  let compared = key.replace(TRAILING, '').replace(JOINERS, '');
  for (const [variant, standard] of HEADING_WORDING.same) compared = compared.split(variant).join(standard);
  return compared;
}

/** Each section's title and its accepted variants (the variants' numbering dropped), by spec. */
const WORDINGS = lazy(() => new Map<SectionSpec, readonly Wording[]>(ALL_SECTIONS.map((spec) => {
  const texts = [spec.title, ...spec.variants.map((variant) => stripNumbering(normalizeLabel(toHalfWidth(toSimplified(variant)))))];
  const unique = [...new Set(texts)];
  return [spec, unique.map((text) => ({ text, key: wordingKey(normalizeLabel(text)) }))];
})));

export function sectionWordings(spec: SectionSpec): readonly Wording[] {
  return WORDINGS().get(spec) ?? [];
}

/** The title wording as written in the format: the heading's own text or a slip away from it. */
export interface NearWording {
  readonly spec: SectionSpec;
  readonly wording: Wording;
  readonly slip: Slip;
}

/**
 * The prescribed section a heading names with a slip of the pen (总情况, 主动公开政府信息情况况, 其他需要告报的事项);
 * undefined when it is written as the format writes it (or an accepted variant), or further from every wording.
 * A wording of four characters or fewer allows one slipped character (总体 is not a slip of 总体情况).
 */
export function nearWording(key: string, sections: readonly SectionSpec[]): NearWording | undefined {
  const compared = wordingKey(key);
  if (!compared) return undefined;
  let best: NearWording | undefined;
  for (const spec of sections) {
    for (const wording of sectionWordings(spec)) {
      if (wording.key === compared) return undefined;
      const slip = slipBetween(compared, wording.key);
      if (!slip || (slip.kind !== 'swapped' && slip.count > 1 && wording.key.length <= 4)) continue;
      if (!best || cost(slip) < cost(best.slip)) best = { spec, wording, slip };
    }
  }
  return best;
}

function cost(slip: Slip): number {
  return slip.kind === 'swapped' ? 1 : slip.count;
}
