import type { Analysis, Checker, CheckInput, CheckResult } from '../core';
import { TimeSlices } from './slices';

interface Run {
  readonly version: number | undefined;
  stopped: boolean;
}

export interface CheckHooks {
  /** before a check's first step, awaited: the client hears that it starts before it runs */
  started(input: CheckInput): Promise<void>;
  finished(input: CheckInput): void;
  failed(input: CheckInput, error: unknown): void;
}

/**
 * Runs the checker off the request loop: a check is a series of steps (reading the text, then one rule per
 * step) run in slices of about 10 ms, with other messages answered between slices. One check runs at a time;
 * a newer version of a document stops the check of an older one at its next step. Nothing is kept half-done:
 * the checker keeps an analysis only when its check ends.
 */
export class Checks {
  readonly #runs = new Map<string, { readonly run: Run; readonly done: Promise<CheckResult | undefined> }>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly checker: Checker, private readonly hooks: CheckHooks) {}

  /** The analysis of this input: kept, being checked, or checked now. Undefined when a newer version stopped it. */
  analysis(input: CheckInput): Promise<CheckResult | undefined> {
    const kept = this.checker.current(input);
    if (kept) return Promise.resolve({ analysis: kept, affected: [] });
    const running = this.#runs.get(input.uri);
    if (running && !running.run.stopped && running.run.version === input.version && input.version !== undefined) return running.done;
    if (running) running.run.stopped = true;
    const run: Run = { version: input.version, stopped: false };
    const done = this.#queue.then(() => this.#run(input, run));
    this.#queue = done;
    this.#runs.set(input.uri, { run, done });
    return done;
  }

  /**
   * Runs other work of the checker (indexing workspace files, the workspace check) between checks, never in the
   * middle of one: a check in slices shares the checker's caches with whatever runs between its slices.
   */
  exclusive<T>(work: () => T): Promise<T> {
    const done = this.#queue.then(work);
    this.#queue = done.catch(() => undefined);
    return done;
  }

  /** Whether the analysis of this input is there now, without a check. */
  ready(input: CheckInput): Analysis | undefined {
    return this.checker.current(input);
  }

  /** Stops the check of a document (closed, or opened again). */
  stop(uri: string): void {
    const running = this.#runs.get(uri);
    if (running) running.run.stopped = true;
  }

  async #run(input: CheckInput, run: Run): Promise<CheckResult | undefined> {
    try {
      // another check may have produced it while this one waited its turn
      const kept = this.checker.current(input);
      if (run.stopped || kept) return kept ? { analysis: kept, affected: [] } : undefined;
      await this.hooks.started(input);
      try {
        return await this.#steps(input, run);
      } finally {
        this.hooks.finished(input);
      }
    } catch (error) {
      this.hooks.failed(input, error);
      return undefined;
    } finally {
      if (this.#runs.get(input.uri)?.run === run) this.#runs.delete(input.uri);
    }
  }

  async #steps(input: CheckInput, run: Run): Promise<CheckResult | undefined> {
    const steps = this.checker.checkSteps(input);
    const slices = new TimeSlices();
    for (;;) {
      if (run.stopped) {
        steps.return(undefined as never);
        return undefined;
      }
      const step = steps.next();
      if (step.done) return step.value;
      await slices.pause();
    }
  }
}
