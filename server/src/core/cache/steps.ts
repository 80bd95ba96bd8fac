/**
 * A check's work split into steps (a generator that yields between them): a host that must stay responsive runs
 * them a few at a time and answers other requests between; everyone else runs them to the end at once.
 */
export type Steps<T> = Generator<void, T>;

export function toEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
