/** How long the server computes before it lets other messages through (requests, newer versions). */
const SLICE_MS = 10;

/**
 * Long work in slices of about 10 ms: call `pause()` between steps; it yields to the event loop once the slice is
 * used up, so requests are answered between slices.
 */
export class TimeSlices {
  #sliceStart = performance.now();

  async pause(): Promise<void> {
    if (performance.now() - this.#sliceStart < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.#sliceStart = performance.now();
  }
}
