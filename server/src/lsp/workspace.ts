import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingCounts, type Analysis, type Checker, type Config, type ReviewInput } from '../core';
import { IGNORED, readReport, REPORT_GLOBS } from '../node/files';
import { toDiagnostic } from './convert';

export interface WorkspaceHost {
  readonly connection: Connection;
  readonly checker: Checker;
  config(uri: string): Config;
  /** the review decisions of a report file (its .gkreport-review.json) */
  reviews(file: string): ReviewInput | undefined;
  isOpen(uri: string): boolean;
  /** the link of a rule id in a diagnostic (known after initialize) */
  docs(ruleId: string): string;
  /** an open report whose last year's report changed: check it again */
  invalidate(uri: string): void;
  /** the last analysis of an open document (what the editor shows) */
  openAnalysis(uri: string): Analysis | undefined;
}

/** One annual report of the workspace as the audit page shows it: named by its path in the workspace. */
export interface WorkspaceReport {
  readonly path: string;
  readonly uri: string;
  readonly analysis: Analysis;
}

/**
 * The report files of the workspace folders on this machine's disk that the editor does not have open: indexed
 * for the cross-year rules, and checked on request (the workspace check), as the CLI reads them.
 */
export class Workspace {
  /** folder paths; folders that are not on this disk (a network share's host, vscode-vfs:, untitled:) are not here */
  folders: string[] = [];

  constructor(private readonly host: WorkspaceHost) {}

  /** Indexes every report file (after initialize); says how many files were read and how many are annual reports. */
  scan(): { files: number; reports: number } {
    const files = this.#files();
    for (const file of files) this.index(file).forEach((uri) => this.host.invalidate(uri));
    return { files: files.length, reports: files.filter((file) => this.host.checker.isIndexedReport(pathToFileURL(file).toString())).length };
  }

  /** Indexes one file again (changed on disk, or closed in the editor); returns the open reports that compare with it. */
  index(file: string): string[] {
    const uri = pathToFileURL(file).toString();
    const text = readFile(file);
    return text === undefined ? this.host.checker.removeFile(uri) : this.host.checker.addFile({ uri, text, config: this.host.config(uri) });
  }

  /** Checks every report file the editor does not have open and publishes its diagnostics. */
  check(): { files: number; reports: number; errors: number; warnings: number } {
    const summary = { files: 0, reports: 0, errors: 0, warnings: 0 };
    for (const file of this.#files()) {
      summary.files++;
      const uri = pathToFileURL(file).toString();
      if (this.host.isOpen(uri)) continue;
      const analysis = this.#checkClosed(uri, file);
      if (!analysis?.applies) continue;
      summary.reports++;
      // what a reviewer checked is a hint in the editor, not an error to count
      const counts = findingCounts(analysis.findings);
      summary.errors += counts.error;
      summary.warnings += counts.warning;
      const document = TextDocument.create(uri, 'gkreport', 0, analysis.text);
      void this.host.connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((finding) => toDiagnostic(document, finding, (ruleId) => this.host.docs(ruleId), analysis.config.locale)) });
    }
    return summary;
  }

  /**
   * Every annual report of the workspace with its findings, for the audit page: an open document as the editor
   * last checked it, the others from disk (the checker's caches make this cheap after the workspace check).
   */
  reports(): WorkspaceReport[] {
    const reports: WorkspaceReport[] = [];
    for (const folder of this.folders) {
      for (const file of this.#folderFiles(folder)) {
        const uri = pathToFileURL(file).toString();
        const analysis = this.host.isOpen(uri) ? this.host.openAnalysis(uri) : this.#checkClosed(uri, file);
        if (!analysis?.applies) continue;
        const relative = path.relative(folder, file).split(path.sep).join('/');
        const name = this.folders.length > 1 ? `${path.basename(folder)}/${relative}` : relative;
        reports.push({ path: name, uri, analysis });
      }
    }
    return reports;
  }

  #checkClosed(uri: string, file: string): Analysis | undefined {
    const text = readFile(file);
    if (text === undefined) return undefined;
    const { analysis, affected } = this.host.checker.check({
      uri, text, config: this.host.config(uri), always: file.endsWith('.gkr'), open: false, reviews: this.host.reviews(file),
    });
    affected.forEach((other) => this.host.invalidate(other));
    return analysis;
  }

  #folderFiles(folder: string): string[] {
    return globSync(REPORT_GLOBS, { cwd: folder, absolute: true, ignore: IGNORED }).sort();
  }

  #files(): string[] {
    return this.folders.flatMap((folder) => this.#folderFiles(folder));
  }
}

/** A workspace file the editor does not have open, read as the CLI would (encodings, binary files). */
function readFile(file: string): string | undefined {
  const read = readReport(file);
  return 'error' in read ? undefined : read.text;
}
