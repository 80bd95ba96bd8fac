import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfigs, msg, render, settingsConfig, SHARED, type Config, type ConfigProblem, type Locale } from '../core';
import { ConfigFiles, type LoadedConfig } from '../node/config-files';

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
  /** configuration files whose problems are on screen */
  readonly #reported = new Set<string>();
  readonly #seen = new Set<LoadedConfig>();
  /** the settings' problems already in the output channel (until the settings are read again) */
  readonly #logged = new Set<string>();

  constructor(private readonly connection: Connection, private readonly locale: () => Locale) {
    this.#files = new ConfigFiles(locale);
  }

  clear(): void {
    this.#files.clear();
    this.#seen.clear();
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
    if (this.#seen.has(loaded)) return;
    this.#seen.add(loaded);
    this.connection.console.log(`gkreport: read ${loaded.file}: ${loaded.problems.length === 0 ? 'valid' : `${loaded.problems.length} problems, its defaults apply`}`);
    const uri = pathToFileURL(loaded.file).toString();
    if (loaded.problems.length === 0 && !this.#reported.has(uri)) return;
    const document = TextDocument.create(uri, 'json', 0, loaded.text);
    const diagnostics: Diagnostic[] = loaded.problems.map((problem) => ({
      range: rangeOf(document, loaded.text, problem.path),
      severity: DiagnosticSeverity.Error,
      source: 'gkreport',
      message: this.locale() === 'en' ? `${problem.message} (its default is used; the other settings apply)` : `${problem.message}（该项已改用默认值，其他设置照常生效）`,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
    if (loaded.problems.length > 0) this.#reported.add(uri);
    else this.#reported.delete(uri);
  }
}

/** The VS Code setting (gkreport.*) of each configuration key */
const SETTING_NAMES: Readonly<Record<string, string>> = { format: 'reportFormat', rules: 'rules', scriptPolicy: 'scriptPolicy', maxFileSize: 'maxFileSize' };

/** The key the problem is about ("rules.table-reconcil" → its name in the file), else the first line. */
function rangeOf(document: TextDocument, text: string, dotted: string) {
  const key = dotted.split('.').pop();
  const at = key ? text.indexOf(`"${key}"`) : -1;
  if (at >= 0) return { start: document.positionAt(at), end: document.positionAt(at + key!.length + 2) };
  const firstLine = text.split('\n')[0] ?? '';
  return { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } };
}
