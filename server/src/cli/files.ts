import * as fs from 'node:fs';
import * as path from 'node:path';
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

export type ReadResult = { text: string } | { error: 'unreadable' | 'binary'; reason: string };

export function readReport(file: string): ReadResult {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { error: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  if (buffer.includes(0)) return { error: 'binary', reason: 'binary' };
  return { text: buffer.toString('utf8').replace(/^\uFEFF/, '') };
}
