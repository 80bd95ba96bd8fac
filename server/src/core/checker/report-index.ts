import type { Report } from '../model/types';
import type { PreviousReport } from '../rules/kit/define';
import { unitKey } from '../parse/meta';

interface Entry {
  readonly unit: string;
  readonly year: number;
  readonly report: Report;
  readonly name: string;
  /** an open document wins over the file on disk */
  readonly open: boolean;
}

/**
 * Reports by unit and year, across the open documents and the other files a host knows (the workspace, the
 * CLI's inputs), so that a report can be compared with last year's (carryover-mismatch).
 */
export class ReportIndex {
  readonly #entries = new Map<string, Entry>();

  /** Records a report; returns the uris of open reports that compare with it (the same unit, the year after). */
  set(uri: string, report: Report, name: string, open: boolean): string[] {
    const before = this.#entries.get(uri);
    if (before?.open && !open) return [];
    const unit = unitKey(report);
    if (!unit || !report.year || !report.isAnnualReport) this.#entries.delete(uri);
    else this.#entries.set(uri, { unit, year: report.year.year, report, name, open });
    const affected = new Set<string>();
    for (const entry of [before, this.#entries.get(uri)]) {
      if (!entry) continue;
      for (const [other, candidate] of this.#entries) {
        if (other !== uri && candidate.open && candidate.unit === entry.unit && candidate.year === entry.year + 1) affected.add(other);
      }
    }
    return [...affected];
  }

  /** Forgets a uri (a deleted file); returns the open reports that compared with it. */
  delete(uri: string): string[] {
    const entry = this.#entries.get(uri);
    this.#entries.delete(uri);
    if (!entry) return [];
    return [...this.#entries].filter(([, candidate]) => candidate.open && candidate.unit === entry.unit && candidate.year === entry.year + 1)
      .map(([other]) => other);
  }

  /** whether the uri is recorded: an annual report naming its unit and year */
  has(uri: string): boolean {
    return this.#entries.has(uri);
  }

  isOpen(uri: string): boolean {
    return this.#entries.get(uri)?.open ?? false;
  }

  /** Last year's report of the same unit, preferring an open document. */
  previousOf(uri: string, report: Report): PreviousReport | undefined {
    const unit = unitKey(report);
    if (!unit || !report.year) return undefined;
    const found = this.#find(unit, report.year.year - 1, uri);
    return found ? { report: found.report, name: found.name } : undefined;
  }

  /** The report of a unit for a year, preferring an open document. */
  find(unit: string, year: number): Report | undefined {
    return this.#find(unit.replace(/\s+/g, ''), year)?.report;
  }

  #find(unit: string, year: number, except?: string): Entry | undefined {
    let found: Entry | undefined;
    for (const [uri, entry] of this.#entries) {
      if (uri === except || entry.unit !== unit || entry.year !== year) continue;
      if (!found || (entry.open && !found.open)) found = entry;
    }
    return found;
  }
}
