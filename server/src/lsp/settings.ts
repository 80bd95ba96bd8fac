import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfigs, resolveConfig, type Config, type ConfigProblem, type Locale } from '../core';

export const CONFIG_FILE = '.gkreportrc.json';

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

interface RcFile {
  readonly file: string;
  readonly config?: Config;
}

/**
 * Configuration per document: VS Code settings, then the nearest .gkreportrc.json above the file (it wins,
 * rule by rule, as a project's file should). An invalid file gets one diagnostic of its own and adds nothing.
 */
export class ConfigLoader {
  settings: Settings = {};
  readonly #byDirectory = new Map<string, RcFile | null>();
  readonly #reported = new Set<string>();

  constructor(private readonly connection: Connection, private readonly locale: () => Locale) {}

  clear(): void {
    this.#byDirectory.clear();
  }

  forPath(file: string | undefined): Config {
    const rules: Record<string, string> = {};
    for (const [id, value] of Object.entries(this.settings.rules ?? {})) if (value && value !== 'default') rules[id] = value;
    const fromSettings = resolveConfig({
      format: this.settings.reportFormat ?? 'auto', rules, scriptPolicy: this.settings.scriptPolicy ?? 'simplified',
      ...(this.settings.maxFileSize ? { maxFileSize: this.settings.maxFileSize } : {}),
    }, this.locale()).config;
    const rc = file ? this.#rcFor(path.dirname(file)) : undefined;
    return rc?.config ? mergeConfigs(fromSettings, { ...rc.config, locale: this.locale() }) : fromSettings;
  }

  #rcFor(directory: string): RcFile | undefined {
    const cached = this.#byDirectory.get(directory);
    if (cached !== undefined) return cached ?? undefined;
    const candidate = path.join(directory, CONFIG_FILE);
    let found: RcFile | null;
    if (fs.existsSync(candidate)) found = this.#load(candidate);
    else {
      const parent = path.dirname(directory);
      found = parent === directory ? null : this.#rcFor(parent) ?? null;
    }
    this.#byDirectory.set(directory, found);
    return found ?? undefined;
  }

  #load(file: string): RcFile {
    const uri = pathToFileURL(file).toString();
    let text = '';
    let problems: ConfigProblem[];
    let config: Config | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
      const resolved = resolveConfig(JSON.parse(text), this.locale());
      problems = resolved.problems;
      config = problems.length === 0 ? resolved.config : undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems = [{ path: '', message: this.locale() === 'en' ? `${CONFIG_FILE} is not valid JSON: ${reason}` : `${CONFIG_FILE} 不是有效的 JSON：${reason}` }];
    }
    if (problems.length > 0 || this.#reported.has(uri)) {
      const document = TextDocument.create(uri, 'json', 0, text);
      const diagnostics: Diagnostic[] = problems.map((problem) => ({
        range: rangeOf(document, text, problem.path),
        severity: DiagnosticSeverity.Error,
        source: 'gkreport',
        message: this.locale() === 'en' ? `${problem.message} (defaults are used)` : `${problem.message}（已改用默认配置）`,
      }));
      void this.connection.sendDiagnostics({ uri, diagnostics });
      if (problems.length > 0) this.#reported.add(uri);
      else this.#reported.delete(uri);
    }
    return { file, config };
  }
}

/** The key the problem is about ("rules.table-reconcil" → its name in the file), else the first line. */
function rangeOf(document: TextDocument, text: string, dotted: string) {
  const key = dotted.split('.').pop();
  const at = key ? text.indexOf(`"${key}"`) : -1;
  if (at >= 0) return { start: document.positionAt(at), end: document.positionAt(at + key!.length + 2) };
  const firstLine = text.split('\n')[0] ?? '';
  return { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } };
}
