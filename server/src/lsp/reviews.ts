import type { Connection } from 'vscode-languageserver';
import type { Locale, ReviewInput, ReviewProblem } from '../core';
import { ReviewFiles, reviewInputOf } from '../node/review-files';
import { FileProblems } from './file-problems';

export { REVIEW_FILE } from '../node/review-files';

/**
 * The review decisions of each document (the nearest .gkreport-review.json, read again when it changes); a file's
 * problems are diagnostics on it, as for .gkreportrc.json: a broken file gives no decision, a bad decision is skipped.
 */
export class ReviewLoader {
  readonly #files: ReviewFiles;
  readonly #problems: FileProblems;

  constructor(connection: Connection, locale: () => Locale) {
    this.#files = new ReviewFiles(locale);
    this.#problems = new FileProblems(connection);
  }

  forPath(file: string | undefined): ReviewInput | undefined {
    const loaded = file ? this.#files.forFile(file) : undefined;
    if (!loaded) return undefined;
    this.#problems.publish(loaded, loaded.file, loaded.text, loaded.problems.map((problem) => ({ message: problem.message, at: decisionAt(loaded.text, problem) })));
    return reviewInputOf(loaded, file!);
  }

  /** a review file was created, changed or deleted */
  clear(): void {
    this.#files.clear();
  }
}

/** where a skipped decision is: its "rule" (every decision has one, in order), else the first line */
function decisionAt(text: string, problem: ReviewProblem): { start: number; end: number } | undefined {
  if (problem.decision === undefined) return undefined;
  let at = -1;
  for (let index = 0; index < problem.decision; index++) {
    at = text.indexOf('"rule"', at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + '"rule"'.length };
}
