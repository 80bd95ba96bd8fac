/**
 * Results computed from a piece of text (a line, a sentence) that do not depend on where it stands: offsets in
 * them are within the text. Kept by content alone, so a line that moved is found as it is, with no copy. Past
 * `limit` entries the one stored longest ago goes first: a line edited away is not looked up again.
 *
 * The texts looked up are kept copies, never views into a document (ProseLine.text, ParagraphLine.text,
 * Sentence.text are): they are kept as they are, and the same string looked up on the next check is found by
 * identity, without hashing or comparing its characters again. The results hold no strings cut from the text.
 */
export class ContentCache<V> {
  readonly #entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(content: string, compute: (content: string) => V): V {
    const kept = this.#entries.get(content);
    if (kept !== undefined) return kept;
    const value = compute(content);
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(content, value);
    return value;
  }
}
