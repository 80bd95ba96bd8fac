import * as path from 'node:path';
import { readHtmlReport } from './html-report';
import { ImportError, type ImportedReport, type Reader } from './imported';

export { ImportError, type ImportedReport, type ImportProblem, type ImportSource, type Reader } from './imported';

/**
 * The reader of each file kind gkreport imports, by extension (lower case, with its dot). One line per kind: the
 * .docx reader goes here beside the web page's.
 */
export const READERS: Readonly<Record<string, Reader>> = {
  '.html': readHtmlReport,
  '.htm': readHtmlReport,
};

/** whether a file is one gkreport imports (and so checks as its imported text) rather than reads as text */
export function isImported(name: string): boolean {
  return Object.hasOwn(READERS, path.extname(name).toLowerCase());
}

/** A file's bytes → the report as Markdown, by the reader of its extension; any other file is refused. */
export function importFile(bytes: Uint8Array, name: string): ImportedReport {
  const extension = path.extname(name).toLowerCase();
  const reader = Object.hasOwn(READERS, extension) ? READERS[extension] : undefined;
  if (!reader) {
    throw new ImportError('unsupported', {
      zh: `${name}：不支持导入此类文件（可导入 ${Object.keys(READERS).join('、')}）`,
      en: `${name}: this kind of file cannot be imported (supported: ${Object.keys(READERS).join(', ')})`,
    });
  }
  return reader(bytes, name);
}
