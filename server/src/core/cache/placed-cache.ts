import { detach, detachAll } from '../text/detach';

/** Counts checks (the checker's Caches): placements not used for a few checks are dropped when their text moves again. */
export interface CheckClock {
  readonly generation: number;
}

/**
 * Results computed from a piece of text (a line, a table), kept by the text's content and where it stood.
 * A result is reused as it is where it was computed; where the same text now stands elsewhere (text above
 * it grew or shrank) it is moved, that is copied with its offsets shifted, instead of computed again. So a
 * check after an edit computes only what the edit touched.
 */
export class PlacedCache<V> {
  readonly #entries = new Map<string, Placements<V>>();
  #size = 0;

  /** `limit`: results kept in all; past it the contents stored longest ago go first */
  constructor(private readonly limit: number, private readonly clock: CheckClock) {}

  /**
   * `move` copies a result to a start `delta` further on, or says it does not fit there (undefined).
   * `fits` says whether a kept result was computed in the same circumstances (what the content key leaves out).
   */
  get(
    content: string, start: number, compute: (content: string, start: number) => V, move: (from: V, delta: number) => V | undefined,
    fits: (kept: V) => boolean = () => true,
  ): V {
    const generation = this.clock.generation;
    let entry = this.#entries.get(content);
    const here = entry?.byStart.get(start);
    if (here !== undefined && fits(here.value)) {
      here.used = generation;
      return here.value;
    }
    // kept strings must not be views into this version of the document (see detach)
    const value = (entry && fits(entry.latest) && move(entry.latest, start - entry.latestStart)) || detachAll(compute(content, start));
    if (!entry) {
      entry = { byStart: new Map(), latest: value, latestStart: start, prunedAt: generation };
      this.#entries.set(detach(content), entry);
    }
    this.#size -= entry.byStart.size;
    // typing moves a text on every keystroke: the places it stood at a few checks ago are not coming back;
    // one text at many places at once (a table of zeros in every report of a bundle) is used every check and stays.
    // Looked at once per check: a line that stands at a hundred places is asked for a hundred times in one check
    if (entry.prunedAt !== generation) {
      entry.prunedAt = generation;
      for (const [at, placement] of entry.byStart) if (placement.used < generation - KEPT_CHECKS) entry.byStart.delete(at);
    }
    entry.byStart.delete(start);
    entry.byStart.set(start, { value, used: generation });
    if (entry.byStart.size > MAX_PLACEMENTS) entry.byStart.delete(entry.byStart.keys().next().value!);
    this.#size += entry.byStart.size;
    entry.latest = value;
    entry.latestStart = start;
    while (this.#size > this.limit) this.#evictOldest();
    return value;
  }

  clear(): void {
    this.#entries.clear();
    this.#size = 0;
  }

  #evictOldest(): void {
    const [content, entry] = this.#entries.entries().next().value!;
    this.#entries.delete(content);
    this.#size -= entry.byStart.size;
  }
}

const MAX_PLACEMENTS = 256;
const KEPT_CHECKS = 2;

interface Placements<V> {
  readonly byStart: Map<number, { readonly value: V; used: number }>;
  latest: V;
  latestStart: number;
  /** the check that last dropped its stale places */
  prunedAt: number;
}
