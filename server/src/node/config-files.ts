import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, render, resolveConfig, SHARED, type Config, type ConfigProblem, type Locale } from '../core';

export const CONFIG_FILE = '.gkreportrc.json';

export interface LoadedConfig {
  readonly file: string;
  /** undefined when the file is invalid: the defaults apply, and the problems say why */
  readonly config?: Config;
  readonly problems: readonly ConfigProblem[];
  readonly text: string;
}

/**
 * `.gkreportrc.json` files, found upward from each report (the nearest wins) and read once per directory:
 * the same lookup for the CLI, the language server and the workspace check.
 */
export class ConfigFiles {
  readonly #byDirectory = new Map<string, LoadedConfig | null>();

  constructor(private readonly locale: () => Locale) {}

  /** The configuration file that applies to a report, if any. */
  forFile(file: string): LoadedConfig | undefined {
    return this.#forDirectory(path.resolve(path.dirname(file))) ?? undefined;
  }

  clear(): void {
    this.#byDirectory.clear();
  }

  #forDirectory(directory: string): LoadedConfig | null {
    const cached = this.#byDirectory.get(directory);
    if (cached !== undefined) return cached;
    const candidate = path.join(directory, CONFIG_FILE);
    const parent = path.dirname(directory);
    const found = fs.existsSync(candidate) ? loadConfigFile(candidate, this.locale()) : parent === directory ? null : this.#forDirectory(parent);
    this.#byDirectory.set(directory, found);
    return found;
  }
}

/** Reads and validates one configuration file; never throws. */
export function loadConfigFile(file: string, locale: Locale): LoadedConfig {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
    const resolved = resolveConfig(JSON.parse(text), locale);
    return { file, text, problems: resolved.problems, config: resolved.problems.length === 0 ? resolved.config : undefined };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = render(msg(SHARED.configProblems['invalid-json'], { file: CONFIG_FILE, reason }), locale);
    return { file, text, problems: [{ path: '', message }] };
  }
}
