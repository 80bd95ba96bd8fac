import { cacheSlot, type Caches, type CacheSlot } from './caches';

/**
 * A result computed from one object (a table: its equations, a rule's findings), kept with it: an unchanged table
 * is the same object from check to check, and when a table is copied to a new place (text above it grew or
 * shrank), what was computed from it follows, copied only when asked for.
 */
export class ObjectMemo<K extends object, T> {
  readonly #values = new WeakMap<K, T>();
  /** moved objects whose result is copied only when asked for (a table moves on every keystroke above it) */
  readonly #pending = new WeakMap<K, { readonly value: T; readonly delta: number }>();

  /** `move` copies a result to an object `delta` further on */
  constructor(private readonly move: (value: T, delta: number, to: K) => T) {}

  get(key: K, compute: (key: K) => T): T {
    let value = this.#values.get(key);
    if (value === undefined) {
      const pending = this.#pending.get(key);
      value = pending ? this.move(pending.value, pending.delta, key) : compute(key);
      this.#values.set(key, value);
    }
    return value;
  }

  moved(from: K, to: K, delta: number): void {
    const value = this.#values.get(from);
    const pending = value !== undefined ? { value, delta } : this.#pending.get(from);
    if (pending) this.#pending.set(to, value !== undefined ? pending : { value: pending.value, delta: pending.delta + delta });
  }
}

/** A slot holding one checker's memo, which follows the objects the checker's caches move. */
export function memoSlot<K extends object, T>(name: string, move: (value: T, delta: number, to: K) => T): CacheSlot<ObjectMemo<K, T>> {
  return cacheSlot(name, (caches: Caches) => {
    const memo = new ObjectMemo<K, T>(move);
    caches.follow({ moved: (from, to, delta) => memo.moved(from as K, to as K, delta) });
    return memo;
  });
}
