import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The nearest file of one name upward from a report's folder (.gkreportrc.json, .gkreport-review.json), looked up
 * once per folder until `clear` (a watched file was created or deleted).
 */
export class NearestFile {
  readonly #byDirectory = new Map<string, string | null>();

  constructor(private readonly name: string) {}

  /** The file that applies to a report, if any. */
  forFile(file: string): string | undefined {
    return this.#forDirectory(path.resolve(path.dirname(file))) ?? undefined;
  }

  clear(): void {
    this.#byDirectory.clear();
  }

  #forDirectory(directory: string): string | null {
    const cached = this.#byDirectory.get(directory);
    if (cached !== undefined) return cached;
    const candidate = path.join(directory, this.name);
    const parent = path.dirname(directory);
    const found = fs.existsSync(candidate) ? candidate : parent === directory ? null : this.#forDirectory(parent);
    this.#byDirectory.set(directory, found);
    return found;
  }
}
