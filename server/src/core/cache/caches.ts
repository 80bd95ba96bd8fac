/**
 * What one checker keeps from check to check, by slot. A module that wants to keep something declares a slot
 * (an immutable key with a factory); each checker makes its own instance on first use, so two checkers, or two
 * checkers in two workers, share nothing, and dropping a checker drops all it kept.
 */
export interface CacheSlot<T> {
  readonly name: string;
  readonly create: (caches: Caches) => T;
}

export function cacheSlot<T>(name: string, create: (caches: Caches) => T): CacheSlot<T> {
  return Object.freeze({ name, create });
}

/** Something computed from an object (a table) that must follow it when the object is copied to a new place. */
export interface Follower {
  moved(from: object, to: object, delta: number): void;
}

export class Caches {
  #generation = 0;
  readonly #values = new Map<CacheSlot<unknown>, unknown>();
  readonly #followers: Follower[] = [];

  /** counts checks: placements not used for a few checks are dropped when their text moves again */
  get generation(): number {
    return this.#generation;
  }

  nextCheck(): void {
    this.#generation++;
  }

  get<T>(slot: CacheSlot<T>): T {
    if (!this.#values.has(slot)) this.#values.set(slot, slot.create(this));
    return this.#values.get(slot) as T;
  }

  /** results kept with a table (its equations, a rule's findings) hear when the table is copied to a new place */
  follow(follower: Follower): void {
    this.#followers.push(follower);
  }

  moved(from: object, to: object, delta: number): void {
    for (const follower of this.#followers) follower.moved(from, to, delta);
  }

  /** Forgets everything (a cold check, or settings that change what a check computes). */
  clear(): void {
    this.#values.clear();
    this.#followers.length = 0;
  }
}
