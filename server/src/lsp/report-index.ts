import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import { parseReport, unitKey, type Config, type Report } from '../core';

export const REPORT_GLOBS = ['**/*.md', '**/*.markdown', '**/*.txt', '**/*.gkr'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface Entry {
  readonly unit: string;
  readonly year: number;
  readonly report: Report;
  readonly open: boolean;
}

/**
 * Reports by unit and year, across the open documents and the workspace's files, so that a report can be
 * compared with last year's (carryover-mismatch). Updated per document change and per file event, never rescanned per keystroke.
 */
export class ReportIndex {
  readonly #entries = new Map<string, Entry>();

  /** Records a report; returns the uris of open reports that compare with it (the same unit, the year after). */
  set(uri: string, report: Report, open: boolean): string[] {
    const unit = unitKey(report);
    const before = this.#entries.get(uri);
    if (!unit || !report.year || !report.isAnnualReport) {
      this.#entries.delete(uri);
    } else {
      this.#entries.set(uri, { unit, year: report.year.year, report, open });
    }
    const affected = new Set<string>();
    for (const entry of [before, this.#entries.get(uri)]) {
      if (!entry) continue;
      for (const [other, candidate] of this.#entries) {
        if (other !== uri && candidate.open && candidate.unit === entry.unit && candidate.year === entry.year + 1) affected.add(other);
      }
    }
    return [...affected];
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
  }

  isOpen(uri: string): boolean {
    return this.#entries.get(uri)?.open ?? false;
  }

  previousOf(uri: string, report: Report): { report: Report; name: string } | undefined {
    const unit = unitKey(report);
    if (!unit || !report.year) return undefined;
    let found: [string, Entry] | undefined;
    for (const entry of this.#entries) {
      if (entry[0] === uri || entry[1].unit !== unit || entry[1].year !== report.year.year - 1) continue;
      if (!found || (entry[1].open && !found[1].open)) found = entry;
    }
    return found ? { report: found[1].report, name: path.basename(decodeURIComponent(new URL(found[0]).pathname)) } : undefined;
  }

  /** The report of a unit for a year, preferring an open document. */
  find(unit: string, year: number): Report | undefined {
    let found: Entry | undefined;
    for (const [, entry] of this.#entries) {
      if (entry.unit === unit.replace(/\s+/g, '') && entry.year === year && (!found || (entry.open && !found.open))) found = entry;
    }
    return found?.report;
  }

  /** Reads a file from disk into the index, unless the editor has it open. */
  indexFile(file: string, config: Config): string[] {
    const uri = pathToFileURL(file).toString();
    if (this.isOpen(uri)) return [];
    try {
      if (fs.statSync(file).size > MAX_FILE_BYTES) return [];
      return this.set(uri, parseReport(fs.readFileSync(file, 'utf8'), { format: config.format }), false);
    } catch {
      this.delete(uri);
      return [];
    }
  }

  /** Every report file under the workspace folders; returns the open reports that may now compare with one. */
  scan(folders: readonly string[], config: Config): string[] {
    const affected = new Set<string>();
    for (const folder of folders) {
      for (const file of globSync(REPORT_GLOBS, { cwd: folder, absolute: true, ignore: IGNORE })) {
        for (const uri of this.indexFile(file, config)) affected.add(uri);
      }
    }
    return [...affected];
  }
}

export function uriToPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}
