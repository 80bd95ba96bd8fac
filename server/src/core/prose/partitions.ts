import { OVERLAPS, PARTITIONS, type LabelMatch, type OverlapSpec, type PartitionSpec } from '../formats/partitions';
import type { FormatId } from '../model/types';
import { unquoted } from './quantities';

interface Compiled {
  readonly match: RegExp;
  readonly not?: RegExp;
}

const compile = (spec: LabelMatch): Compiled => ({ match: new RegExp(spec.match), not: spec.not === undefined ? undefined : new RegExp(spec.not) });
const fits = (compiled: Compiled, label: string) => compiled.match.test(label) && !compiled.not?.test(label);

const PARTITIONS_COMPILED = PARTITIONS.map((spec) => ({
  spec, total: compile(spec.total), parts: spec.parts.map((part) => ({ part, compiled: compile(part) })),
}));
const OVERLAPS_COMPILED = OVERLAPS.map((spec) => ({ spec, total: compile(spec.total), part: compile(spec.part) }));
/** parts that are named, not catch-alls, although their wording has 其他 in it (告知通过其他途径办理, 法人或其他组织) */
const NAMED_PARTS = PARTITIONS_COMPILED.flatMap(({ parts }) => parts.filter(({ part }) => !part.catchAll).map(({ compiled }) => compiled));

const CATCH_ALL = /其他|其它|其余/;

/** The words that say what a figure is, without the list's introducer, numbering and quotes. */
export function partLabel(label: string): string {
  return unquoted(label.replace(/^(?:其中|[,，、:：\s])+/, '').replace(/^(?:[(（]?\d{1,2}[)）.．、]|[①-⑳])/, ''));
}

/** 其他 …, but not a named part whose wording contains 其他. */
export function isCatchAll(label: string): boolean {
  const words = partLabel(label);
  return CATCH_ALL.test(words) && !NAMED_PARTS.some((named) => fits(named, words));
}

/**
 * The era's partition that the list names completely: the total is what the partition divides, each listed
 * part is exactly one of its parts, each part is listed at most once and every part that is not optional is
 * listed. Such a list is complete even without a 其他.
 */
export function completePartition(format: FormatId, totalLabel: string, partLabels: readonly string[]): PartitionSpec | undefined {
  if (format === 'unknown') return undefined;
  for (const { spec, total, parts } of PARTITIONS_COMPILED) {
    if (!spec.eras.includes(format) || !fits(total, totalLabel)) continue;
    const seen = new Set<string>();
    const each = partLabels.every((label) => {
      const words = partLabel(label);
      const found = parts.filter(({ compiled }) => fits(compiled, words));
      if (found.length !== 1 || seen.has(found[0].part.id)) return false;
      seen.add(found[0].part.id);
      return true;
    });
    if (each && parts.every(({ part }) => part.optional || seen.has(part.id))) return spec;
  }
  return undefined;
}

/** A breakdown that is not a partition in this era (主动公开 by channel): its parts need not add up. */
export function overlappingBreakdown(format: FormatId, totalLabel: string, partLabels: readonly string[]): OverlapSpec | undefined {
  return OVERLAPS_COMPILED.find(({ spec, total, part }) => (format === 'unknown' || spec.eras.includes(format))
    && fits(total, totalLabel) && partLabels.some((label) => fits(part, partLabel(label))))?.spec;
}
