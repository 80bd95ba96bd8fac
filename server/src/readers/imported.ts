import type { Localized } from '../core/formats/schema';

/** Where an imported report came from: the CLI's JSON names it per file (`"source"`, ../shared/spec/cli.md). */
export type ImportSource = 'docx' | 'html';

/** A Word file or a web page read as a Markdown report, in the layout the parser reads best. */
export interface ImportedReport {
  readonly markdown: string;
  readonly source: ImportSource;
}

/** Why a file cannot be imported; each has one clear message saying what to do instead. */
export type ImportProblem = 'corrupt' | 'encrypted' | 'empty' | 'doc' | 'pdf' | 'too-large' | 'bomb' | 'unsupported' | 'audit-page' | 'attachment';

/** A file the readers refuse: the CLI reports it with exit code 2 for that file and checks the others. */
export class ImportError extends Error {
  constructor(readonly problem: ImportProblem, readonly text: Localized) {
    super(text.en);
    this.name = 'ImportError';
  }
}

/** A reader: the file's bytes (and its name, for messages) → the report as Markdown, or an ImportError. */
export type Reader = (bytes: Uint8Array, name: string) => ImportedReport;
