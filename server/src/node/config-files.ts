import * as fs from 'node:fs';
import { msg, render, resolveConfig, SHARED, type Config, type ConfigProblem, type Locale } from '../core';
import { NearestFile } from './nearest-file';

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
  readonly #nearest = new NearestFile(CONFIG_FILE);
  readonly #loaded = new Map<string, LoadedConfig>();

  constructor(private readonly locale: () => Locale) {}

  /** The configuration file that applies to a report, if any. */
  forFile(file: string): LoadedConfig | undefined {
    const found = this.#nearest.forFile(file);
    if (!found) return undefined;
    const loaded = this.#loaded.get(found) ?? loadConfigFile(found, this.locale());
    this.#loaded.set(found, loaded);
    return loaded;
  }

  clear(): void {
    this.#nearest.clear();
    this.#loaded.clear();
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
