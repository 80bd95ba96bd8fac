import type { Connection } from 'vscode-languageserver';
import { mergeConfigs, msg, render, settingsConfig, SHARED, type Config, type ConfigProblem, type Locale } from '../core';
import { ConfigFiles, type LoadedConfig } from '../node/config-files';
import { FileProblems } from './file-problems';

export { CONFIG_FILE } from '../node/config-files';

/** VS Code's `gkreport.*` settings as the client sends them. */
export interface Settings {
  enable?: boolean;
  /** auto: VS Code's display language */
  locale?: 'auto' | 'zh-CN' | 'en';
  reportFormat?: Config['format'];
  scriptPolicy?: Config['scriptPolicy'];
  maxFileSize?: number;
  rules?: Record<string, string>;
}

/**
 * Configuration per document: VS Code settings, then the nearest .gkreportrc.json above the file (it wins,
 * rule by rule, as a project's file should). An invalid file gets one diagnostic of its own and adds nothing.
 */
export class ConfigLoader {
  settings: Settings = {};
  readonly #files: ConfigFiles;
  readonly #problems: FileProblems;
  /** the settings' problems already in the output channel (until the settings are read again) */
  readonly #logged = new Set<string>();

  constructor(private readonly connection: Connection, private readonly locale: () => Locale) {
    this.#files = new ConfigFiles(locale);
    this.#problems = new FileProblems(connection);
  }

  clear(): void {
    this.#files.clear();
    this.#logged.clear();
  }

  forPath(file: string | undefined): Config {
    const resolved = settingsConfig(this.settings, this.locale());
    for (const problem of resolved.problems) this.#logProblem(problem);
    const fromSettings = resolved.config;
    const loaded = file ? this.#files.forFile(file) : undefined;
    if (loaded) this.#publish(loaded);
    return loaded?.config ? mergeConfigs(fromSettings, { ...loaded.config, locale: this.locale() }) : fromSettings;
  }

  /** an invalid setting, once in the output channel: its default is used, the other settings apply */
  #logProblem(problem: ConfigProblem): void {
    const [key, ...rest] = problem.path.split('.');
    const setting = [SETTING_NAMES[key] ?? key, ...rest].join('.');
    const line = render(msg(SHARED.server['invalid-setting'], { setting, problem: problem.message }), this.locale());
    if (this.#logged.has(line)) return;
    this.#logged.add(line);
    this.connection.console.warn(line);
  }

  /** the problems of a configuration file as diagnostics on it, once per reading; cleared when it is fixed */
  #publish(loaded: LoadedConfig): void {
    const suffix = (message: string) => this.locale() === 'en' ? `${message} (its default is used; the other settings apply)` : `${message}（该项已改用默认值，其他设置照常生效）`;
    this.#problems.publish(loaded, loaded.file, loaded.text, loaded.problems.map((problem) => ({ message: suffix(problem.message), at: keyAt(loaded.text, problem.path) })));
  }
}

/** The VS Code setting (gkreport.*) of each configuration key */
const SETTING_NAMES: Readonly<Record<string, string>> = { format: 'reportFormat', rules: 'rules', scriptPolicy: 'scriptPolicy', maxFileSize: 'maxFileSize' };

/** The key the problem is about ("rules.table-reconcil" → its name in the file), else the first line. */
function keyAt(text: string, dotted: string): { start: number; end: number } | undefined {
  const key = dotted.split('.').pop();
  const at = key ? text.indexOf(`"${key}"`) : -1;
  return at >= 0 ? { start: at, end: at + key!.length + 2 } : undefined;
}
