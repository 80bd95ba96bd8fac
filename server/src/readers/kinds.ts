import * as path from 'node:path';
import type { ImportSource } from './imported';

/**
 * The files gkreport imports, by extension (lower case, with its dot), and the source each is named by in the CLI's
 * JSON. Kept apart from the readers so a check of text files never loads them (dist/readers.js is required only when
 * a file of one of these kinds is imported); `READERS` in index.ts must have the same keys (the compiler says so).
 */
export const IMPORT_SOURCES = {
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
} as const satisfies Readonly<Record<string, ImportSource>>;

export type ImportedExtension = keyof typeof IMPORT_SOURCES;

export const IMPORTED_EXTENSIONS = Object.keys(IMPORT_SOURCES) as ImportedExtension[];

/** the kind of an imported file, or undefined for a file read as text */
export function importSourceOf(name: string): ImportSource | undefined {
  const extension = path.extname(name).toLowerCase();
  return Object.hasOwn(IMPORT_SOURCES, extension) ? IMPORT_SOURCES[extension as ImportedExtension] : undefined;
}
