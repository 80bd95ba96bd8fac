import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, render, resolveReviews, REVIEW_FILE, SHARED, type Decision, type Locale, type ReviewInput, type ReviewProblem } from '../core';
import { NearestFile } from './nearest-file';

export { REVIEW_FILE } from '../core';

export interface LoadedReviews {
  readonly file: string;
  readonly text: string;
  /** none when the file is broken (not JSON, or not a review file): the problems say why */
  readonly decisions: readonly Decision[];
  readonly problems: readonly ReviewProblem[];
}

/**
 * `.gkreport-review.json` files, found upward from each report like .gkreportrc.json (the nearest wins), read again
 * when the file's modification time or size changed: the same lookup for the CLI and the language server.
 */
export class ReviewFiles {
  readonly #nearest = new NearestFile(REVIEW_FILE);
  readonly #loaded = new Map<string, { readonly stamp: string; readonly loaded: LoadedReviews }>();

  constructor(private readonly locale: () => Locale) {}

  /** The review file that applies to a report, if any, as read when it last changed. */
  forFile(file: string): LoadedReviews | undefined {
    const found = this.#nearest.forFile(file);
    if (!found) return undefined;
    let stamp: string;
    try {
      const stat = fs.statSync(found);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      // deleted since it was found
      this.#nearest.clear();
      return this.forFile(file);
    }
    const cached = this.#loaded.get(found);
    if (cached?.stamp === stamp) return cached.loaded;
    const loaded = loadReviewFile(found, this.locale());
    this.#loaded.set(found, { stamp, loaded });
    return loaded;
  }

  /** What a check of the report takes from its review file: the decisions, and the report's path as they name it. */
  reviewInput(file: string): ReviewInput | undefined {
    const loaded = this.forFile(file);
    return loaded && reviewInputOf(loaded, file);
  }

  /** a review file was created or deleted: look again */
  clear(): void {
    this.#nearest.clear();
  }
}

/** What a check of a report takes from the review file that applies to it (none when the file gives no decision). */
export function reviewInputOf(loaded: LoadedReviews, report: string): ReviewInput | undefined {
  return loaded.decisions.length === 0 ? undefined : { decisions: loaded.decisions, path: relativeTo(loaded.file, report) };
}

/** The report's path as a decision names it: relative to the review file's folder, with /. */
export function relativeTo(reviewFile: string, report: string): string {
  return path.relative(path.dirname(path.resolve(reviewFile)), path.resolve(report)).split(path.sep).join('/');
}

/** Reads and validates one review file; never throws. */
export function loadReviewFile(file: string, locale: Locale): LoadedReviews {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { file, text, decisions: [], problems: [{ message: render(msg(SHARED.configProblems.unreadable, { file: REVIEW_FILE, reason: reasonOf(error) }), locale) }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { file, text, decisions: [], problems: [{ message: render(msg(SHARED.review['invalid-json'], { file: REVIEW_FILE, reason: reasonOf(error) }), locale) }] };
  }
  return { file, text, ...resolveReviews(raw, locale) };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
