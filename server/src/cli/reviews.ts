import type { ReviewInput } from '../core';
import { ReviewFiles, reviewInputOf } from '../node/review-files';

/**
 * The review decisions of each input (the nearest .gkreport-review.json), and the problems of each review file,
 * said once per file (`said`: the CLI writes them to stderr and exits 2, as for an invalid .gkreportrc.json).
 */
export class InputReviews {
  readonly #files: ReviewFiles;
  readonly #reported = new Set<string>();

  constructor(locale: () => 'zh-CN' | 'en', private readonly said: (line: string) => void) {
    this.#files = new ReviewFiles(locale);
  }

  /** The decisions for a report read from a file; undefined for stdin or when no review file applies. */
  forInput(path: string): { readonly reviews?: ReviewInput; readonly bad: boolean } {
    if (path === '-') return { bad: false };
    const loaded = this.#files.forFile(path);
    if (!loaded) return { bad: false };
    if (loaded.problems.length > 0 && !this.#reported.has(loaded.file)) {
      this.#reported.add(loaded.file);
      for (const problem of loaded.problems) this.said(`${loaded.file}: ${problem.message}`);
    }
    return { reviews: reviewInputOf(loaded, path), bad: loaded.problems.length > 0 };
  }
}
