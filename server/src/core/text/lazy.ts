/**
 * A constant built on first use and never changed afterwards (the OpenCC converter: ~3 ms to build, not
 * wanted at load time). The only state a module may hold: it is the same value for every checker.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
