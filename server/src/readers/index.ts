import * as path from 'node:path';
import { importError, readDocx } from './docx';
import { readHtmlReport } from './html-report';
import { ImportError, type ImportedReport, type Reader } from './imported';
import { IMPORTED_EXTENSIONS, type ImportedExtension } from './kinds';

export { ImportError, type ImportedReport, type ImportProblem, type ImportSource, type Reader } from './imported';
export { readHtmlBlocks, type HtmlBlock } from './html';
export { importError } from './docx';

/**
 * The reader of each file kind gkreport imports, by extension (lower case, with its dot; the kinds and their JSON
 * source names are in kinds.ts, which the compiler holds this map to). One line per kind.
 */
export const READERS: Readonly<Record<ImportedExtension, Reader>> = {
  '.html': readHtmlReport,
  '.htm': readHtmlReport,
  '.docx': readDocx,
};

/** A file's bytes → the report as Markdown, by the reader of its extension; any other file is refused. */
export function importFile(bytes: Uint8Array, name: string): ImportedReport {
  const extension = path.extname(name).toLowerCase();
  const reader = Object.hasOwn(READERS, extension) ? READERS[extension as ImportedExtension] : undefined;
  // an old Word file and a PDF get theirs: not supported yet, and how to convert them
  if (!reader && (extension === '.doc' || extension === '.pdf')) throw importError(extension === '.doc' ? 'doc' : 'pdf', name);
  if (!reader) {
    throw new ImportError('unsupported', {
      zh: `${name}：不支持导入此类文件（可导入 ${IMPORTED_EXTENSIONS.join('、')}）`,
      en: `${name}: this kind of file cannot be imported (supported: ${IMPORTED_EXTENSIONS.join(', ')})`,
    });
  }
  return reader(bytes, name);
}
