import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { globSync } from 'tinyglobby';
import { AUDIT_MARK_BYTES, isAuditPageHead } from '../readers/audit-mark';

/** The files a folder's reports are in (the CLI's directories, the workspace check). */
export const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.gkr'];
export const REPORT_GLOBS = REPORT_EXTENSIONS.map((extension) => `**/*${extension}`);
export const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Files named, files below directories (every report extension, and the `imported` ones: the CLI's web pages), and
 * glob matches, in a stable order. Below a directory or from a glob, Word's lock files (`~$报告.docx`) and our own
 * audit pages (`<meta name="generator" content="gkreport">`) are left out; a file named is taken as named.
 */
export function expandInputs(inputs: readonly string[], imported: readonly string[] = []): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const globs = [...REPORT_GLOBS, ...imported.map((extension) => `**/*${extension}`)];
  const found = (paths: readonly string[]) => paths.filter((file) => !path.basename(file).startsWith('~$') && !isAuditPage(file));
  for (const input of inputs) {
    if (fs.existsSync(input)) {
      if (fs.statSync(input).isDirectory()) {
        const below = globSync(globs, { cwd: input, ignore: IGNORED, dot: false });
        files.push(...found(below.sort().map((file) => path.join(input, file))));
      } else files.push(input);
      continue;
    }
    const matches = /[*?[\]{}]/.test(input) ? found(globSync(input, { ignore: IGNORED }).sort()) : [];
    if (matches.length === 0) missing.push(input);
    files.push(...matches);
  }
  return { files: [...new Set(files)], missing };
}

function isAuditPage(file: string): boolean {
  if (!/\.html?$/i.test(file)) return false;
  try {
    const descriptor = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(AUDIT_MARK_BYTES);
      const size = fs.readSync(descriptor, head, 0, head.length, 0);
      return isAuditPageHead(head.subarray(0, size).toString('latin1'));
    } finally {
      fs.closeSync(descriptor);
    }
  } catch {
    return false;
  }
}

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'gb18030';
export type ReadResult = { text: string; encoding: Encoding } | { error: 'unreadable' | 'binary' | 'encoding'; reason: string };

/**
 * UTF-8 with or without BOM, UTF-16 with BOM, and GB18030/GBK (common in government offices); anything else is
 * refused rather than guessed. The encoding is kept so that --fix writes the file back the same way.
 */
export function readReport(file: string): ReadResult {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { error: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf8-bom' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf16le'), encoding: 'utf16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf16be'), encoding: 'utf16be' };
  if (buffer.includes(0)) return { error: 'binary', reason: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf8' };
  } catch {
    const text = iconv.decode(buffer, 'gb18030');
    if (!text.includes('\uFFFD') && iconv.encode(text, 'gb18030').equals(buffer)) return { text, encoding: 'gb18030' };
    return { error: 'encoding', reason: 'encoding' };
  }
}

export function writeReport(file: string, text: string, encoding: Encoding): void {
  const bodies: Record<Encoding, () => Buffer> = {
    utf8: () => Buffer.from(text, 'utf8'),
    'utf8-bom': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    utf16le: () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
    utf16be: () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]),
    gb18030: () => iconv.encode(text, 'gb18030'),
  };
  fs.writeFileSync(file, bodies[encoding]());
}
