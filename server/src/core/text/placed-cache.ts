/**
 * Results computed from a piece of text (a line, a table), kept by the text's content and where it stood.
 * A result is reused as it is where it was computed; where the same text now stands elsewhere (text above
 * it grew or shrank) it is moved, that is copied with its offsets shifted, instead of computed again. So a
 * check after an edit computes only what the edit touched.
 */
const MAX_PLACEMENTS = 16;

export class PlacedCache<V> {
  /** by content, then by start offset; the latest placement last */
  readonly #entries = new Map<string, Map<number, V>>();
  #size = 0;

  /** `limit`: results kept in all; past it the contents stored longest ago go first */
  constructor(private readonly limit: number) {}

  /** `move` copies a result to a start `delta` further on, or says it does not fit there (undefined). */
  get(content: string, start: number, compute: () => V, move: (from: V, delta: number) => V | undefined): V {
    let placements = this.#entries.get(content);
    const here = placements?.get(start);
    if (here !== undefined) return here;
    let value: V | undefined;
    if (placements) {
      let latestStart = 0;
      let latest: V | undefined;
      for ([latestStart, latest] of placements);
      value = move(latest!, start - latestStart);
    }
    value ??= compute();
    if (!placements) {
      placements = new Map();
      this.#entries.set(content, placements);
    }
    placements.set(start, value);
    this.#size++;
    // the same text at many places (a repeated line), or one text moved by many edits: keep the recent ones
    if (placements.size > MAX_PLACEMENTS) {
      placements.delete(placements.keys().next().value!);
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
    const [content, placements] = this.#entries.entries().next().value!;
    this.#entries.delete(content);
    this.#size -= placements.size;
  }
}
