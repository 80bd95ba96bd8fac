/**
 * Results computed from a piece of text (a line, a table), kept by the text's content and where it stood.
 * A result is reused as it is where it was computed; where the same text now stands elsewhere (text above
 * it grew or shrank) it is moved, that is copied with its offsets shifted, instead of computed again. So a
 * check after an edit computes only what the edit touched. The oldest entries go first past the limit.
 */
export class PlacedCache<V> {
  readonly #placed = new Map<string, V>();
  /** the latest result for each content, wherever it stood: what a moved result is copied from */
  readonly #latest = new Map<string, { readonly start: number; readonly value: V }>();

  constructor(private readonly limit: number) {}

  /**
   * `move` copies a result to a start `delta` further on, or says it does not fit there (undefined).
   * `place` tells apart two results of the same content at the same offset (a line number, say).
   */
  get(content: string, start: number, compute: () => V, move: (from: V, delta: number) => V | undefined, place = ''): V {
    const placedKey = `${start}\u0000${place}\u0000${content}`;
    const here = this.#placed.get(placedKey);
    if (here !== undefined) return here;
    const latest = this.#latest.get(content);
    const value = (latest && move(latest.value, start - latest.start)) ?? compute();
    remember(this.#placed, placedKey, value, this.limit);
    remember(this.#latest, content, { start, value }, this.limit);
    return value;
  }

  clear(): void {
    this.#placed.clear();
    this.#latest.clear();
  }
}

function remember<T>(cache: Map<string, T>, key: string, value: T, limit: number): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
}
