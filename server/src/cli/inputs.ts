import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, render, SHARED, type Locale } from '../core';
import { REPORT_EXTENSIONS } from '../node/files';
import type { ImportSource } from '../readers/imported';
import { importSourceOf } from '../readers/kinds';

/** where a checked text came from: a text file as it is, or a Word file or web page as gkreport import reads it */
export type InputSource = 'text' | ImportSource;

export type ImportedInput = { readonly text: string; readonly source: ImportSource } | { readonly error: string; readonly source: InputSource };

/** named on the command line, an old Word file or a PDF is not read as text: the readers say how to convert it */
const REFUSED: Readonly<Record<string, InputSource>> = { '.doc': 'docx', '.pdf': 'text' };

/**
 * A file the readers import (a web page, a Word file) → the text to check, which is what `gkreport import` writes;
 * undefined for a text file (read as it is). `--fix` is refused: a fix edits the text, and the page is not that text.
 */
export function readInput(file: string, options: { readonly fixing: boolean; readonly locale: Locale }): ImportedInput | undefined {
  const extension = path.extname(file).toLowerCase();
  const source = importSourceOf(file) ?? (Object.hasOwn(REFUSED, extension) ? REFUSED[extension] : undefined);
  if (source === undefined) return undefined;
  const text = (ref: Parameters<typeof render>[0]) => render(ref, options.locale);
  if (options.fixing) return { error: text(msg(SHARED.cli['fix-imported'], { kind: path.extname(file).toLowerCase() })), source };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { error: text(msg(SHARED.cli.unreadable, { reason: error instanceof Error ? error.message : String(error) })), source };
  }
  // the readers (parse5, and what the .docx reader needs) load only when a file is imported
  const { ImportError, importFile } = require('../readers') as typeof import('../readers');
  try {
    const imported = importFile(bytes, file);
    return { text: imported.markdown, source: imported.source };
  } catch (error) {
    if (error instanceof ImportError) return { error: options.locale === 'en' ? error.text.en : error.text.zh, source };
    throw error;
  }
}

/**
 * The imported files that are the same report as a text file beside them (报告.html exported from 报告.md, same folder,
 * same name): each → the text file, which is the one checked (its findings are where it is edited, and the cross-year
 * rules see the report once).
 */
export function sameReports(files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    if (REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase())) texts.set(withoutExtension(file), file);
  }
  const same = new Map<string, string>();
  for (const file of files) {
    if (importSourceOf(file) === undefined) continue;
    const text = texts.get(withoutExtension(file));
    if (text !== undefined) same.set(file, text);
  }
  return same;
}

function withoutExtension(file: string): string {
  return path.join(path.dirname(file), path.basename(file, path.extname(file)));
}
