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
  constructor(private readonly limit: number) {}

  /**
   * `move` copies a result to a start `delta` further on, or says it does not fit there (undefined).
   * `fits` says whether a kept result was computed in the same circumstances (what the content key leaves out).
   */
  get(
    content: string, start: number, compute: (content: string, start: number) => V, move: (from: V, delta: number) => V | undefined,
    fits: (kept: V) => boolean = () => true,
  ): V {
    let entry = this.#entries.get(content);
    const here = entry?.byStart.get(start);
    if (here !== undefined && fits(here)) return here;
    const value = (entry && fits(entry.latest) && move(entry.latest, start - entry.latestStart)) || compute(content, start);
    if (!entry) {
      entry = { byStart: new Map(), latest: value, latestStart: start };
      this.#entries.set(content, entry);
    }
    if (!entry.byStart.has(start)) this.#size++;
    entry.byStart.delete(start);
    entry.byStart.set(start, value);
    entry.latest = value;
    entry.latestStart = start;
    // one text at many places (a table of zeros in every report of a bundle), or moved by many edits: keep the recent ones
    if (entry.byStart.size > MAX_PLACEMENTS) {
      entry.byStart.delete(entry.byStart.keys().next().value!);
      this.#size--;
    }
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

interface Placements<V> {
  readonly byStart: Map<number, V>;
  latest: V;
  latestStart: number;
}
