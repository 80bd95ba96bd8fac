import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { globSync } from 'tinyglobby';
import { resolveConfig, type Config, type ConfigProblem, type Locale } from '../core';

export const CONFIG_FILE = '.gkreportrc.json';
const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.gkr'];

/** Files named, files below directories (every report extension), and glob matches, in a stable order. */
export function expandInputs(inputs: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (fs.existsSync(input)) {
      if (fs.statSync(input).isDirectory()) {
        const found = globSync(REPORT_EXTENSIONS.map((extension) => `**/*${extension}`), { cwd: input, ignore: ['**/node_modules/**'], dot: false });
        files.push(...found.sort().map((file) => path.join(input, file)));
      } else files.push(input);
      continue;
    }
    const matches = /[*?[\]{}]/.test(input) ? globSync(input, { ignore: ['**/node_modules/**'] }).sort() : [];
    if (matches.length === 0) missing.push(input);
    files.push(...matches);
  }
  return { files: [...new Set(files)], missing };
}

export interface LoadedConfig {
  readonly config: Config;
  readonly problems: readonly ConfigProblem[];
  readonly file?: string;
}

export function loadConfigFile(file: string, locale: Locale): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = locale === 'en' ? `cannot read ${file}: ${reason}` : `无法读取配置文件 ${file}：${reason}`;
    return { ...resolveConfig({}, locale), problems: [{ path: '', message }], file };
  }
  return { ...resolveConfig(raw, locale), file };
}

/** `.gkreportrc.json` in the file's folder or the nearest one above it. */
export function findConfigFile(forFile: string): string | undefined {
  let directory = path.resolve(path.dirname(forFile));
  for (;;) {
    const candidate = path.join(directory, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
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
