import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { Locale } from '../core';
import { MAX_DOCX_BYTES } from '../readers/docx/problems';
import { ImportError, type ImportProblem, type ImportSource } from '../readers/imported';
import type { Guard } from './guard';
import { importReportParams } from './params';

/** gkreport/importReport: a Word file or a web page on this machine, read as a Markdown report */
export const IMPORT_REPORT = 'gkreport/importReport';

export type ImportReportResult =
  | { readonly markdown: string; readonly source: ImportSource }
  /** a file the readers refuse: the message in the user's language, for the client to show */
  | { readonly problem: ImportProblem; readonly message: string };

/** the readers (dist/readers.js), loaded at the first import: the server starts without evaluating jszip and sax */
function readers(): typeof import('../readers') {
  return require('../readers') as typeof import('../readers');
}

/**
 * The server reads the file, so the client and the CLI share one set of readers (bundled once, in the server); the
 * client writes the Markdown and opens it, and the server checks it as any report.
 */
export function listenForImports(connection: Connection, guard: Guard, locale: () => Locale): void {
  connection.onRequest(IMPORT_REPORT, guard.request('importReport', null, async (params: unknown): Promise<ImportReportResult> => {
    const { uri } = importReportParams(params);
    const file = localFile(uri);
    const name = path.basename(file);
    const refused = (error: ImportError): ImportReportResult => ({ problem: error.problem, message: locale() === 'en' ? error.text.en : error.text.zh });
    const { importError, importFile, READERS } = readers();
    if (!Object.hasOwn(READERS, path.extname(file).toLowerCase())) return refused(importError(/\.doc$/i.test(file) ? 'doc' : /\.pdf$/i.test(file) ? 'pdf' : 'unsupported', name));
    let bytes: Buffer;
    try {
      // the size before reading: a 50 MB file is refused unread
      if (fs.statSync(file).size > MAX_DOCX_BYTES) return refused(importError('too-large', name));
      bytes = fs.readFileSync(file);
    } catch (error) {
      throw new ResponseError(ErrorCodes.InvalidParams, `gkreport/importReport cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      const { markdown, source } = importFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
      return { markdown, source };
    } catch (error) {
      if (error instanceof ImportError) return refused(error);
      throw error;
    }
  }));
}

function localFile(uri: string): string {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
  } catch {
    // an encoded slash or a host: not a file on this machine
  }
  throw new ResponseError(ErrorCodes.InvalidParams, `gkreport/importReport reads only files on this machine; got ${uri}`);
}
