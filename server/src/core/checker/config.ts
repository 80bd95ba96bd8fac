import { z } from 'zod';
import { msg, render, type Locale } from '../messages';
import { configProblems } from '../messages/config';
import { zodErrors } from '../messages/zod-issues';
import { RULES } from '../rules';
import type { SeveritySetting } from '../rules/kit/define';

const severity = z.enum(['error', 'warning', 'info', 'hint', 'off']);
/** a rule's setting: a severity (including off), or ESLint's [severity, { options }] */
const ruleSetting = z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])]);

export const configSchema = z.object({
  /** override format detection */
  format: z.enum(['auto', '2008', '2019', '2021']).default('auto'),
  rules: z.record(z.string(), ruleSetting).default({}),
  locale: z.enum(['zh-CN', 'en']).optional(),
  /** simplified: official documents in standard simplified characters (default); any: no script or Taiwan-vocabulary checks */
  scriptPolicy: z.enum(['simplified', 'any']).default('simplified'),
  /** characters; a larger document gets one info finding and only the cheap rules */
  maxFileSize: z.number().int().positive().default(5_000_000),
}).strict();

export interface Config {
  readonly format: 'auto' | '2008' | '2019' | '2021';
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** each rule's options as configured, validated against the rule's own schema (defaults filled by the rule) */
  readonly options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly locale: Locale;
  readonly scriptPolicy?: 'simplified' | 'any';
  readonly maxFileSize?: number;
}

export const DEFAULT_CONFIG: Config = { format: 'auto', rules: {}, locale: 'zh-CN', scriptPolicy: 'simplified', maxFileSize: 5_000_000 };

/** Rules a script policy turns off. */
export const SCRIPT_RULES = ['script-mixing', 'conversion-artifact'];

export interface ConfigProblem {
  /** dotted path in the configuration ("rules.table-reconcil") */
  readonly path: string;
  readonly message: string;
}

/**
 * Never throws: what is invalid is reported and left at its default, key by key and rule by rule; the rest still
 * applies (one wrong severity does not drop the report format beside it).
 */
export function resolveConfig(raw: unknown, locale: Locale = 'zh-CN'): { config: Config; problems: ConfigProblem[] } {
  const problem = (path: string, reason: string): ConfigProblem => ({
    path, message: render(msg(configProblems.invalid, { path: path || msg(configProblems.root), reason }), locale),
  });
  const error = zodErrors(locale);
  const whole = configSchema.safeParse(raw ?? {}, { error });
  const problems: ConfigProblem[] = whole.success ? [] : whole.error.issues.map((issue) => problem(issue.path.join('.'), issue.message));
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) return { config: { ...DEFAULT_CONFIG, locale }, problems };
  const given = (raw ?? {}) as Record<string, unknown>;
  // each key on its own: a key that is wrong keeps its default
  const valueOf = <T>(schema: z.ZodType<T>, key: string, fallback: NonNullable<T>): NonNullable<T> => {
    const parsed = schema.safeParse(given[key]);
    return parsed.success && parsed.data !== undefined && parsed.data !== null ? parsed.data : fallback;
  };
  const rules: Record<string, SeveritySetting> = {};
  const options: Record<string, Record<string, unknown>> = {};
  const givenRules = given.rules !== null && typeof given.rules === 'object' && !Array.isArray(given.rules) ? given.rules as Record<string, unknown> : {};
  for (const [id, value] of Object.entries(givenRules)) {
    const parsed = ruleSetting.safeParse(value);
    if (!parsed.success) continue;
    const setting = parsed.data;
    const rule = RULES.find((candidate) => candidate.meta.id === id);
    if (!rule) {
      problems.push({ path: `rules.${id}`, message: render(msg(configProblems['unknown-rule'], { id }), locale) });
      continue;
    }
    if (typeof setting === 'string') {
      rules[id] = setting;
      continue;
    }
    const [level, ruleOptions] = setting;
    rules[id] = level;
    const checked = rule.meta.options?.safeParse(ruleOptions, { error });
    if (!checked) {
      problems.push({ path: `rules.${id}`, message: render(msg(configProblems['no-options'], { id }), locale) });
    } else if (!checked.success) {
      const reason = checked.error.issues.map((issue) => `${issue.path.join('.') || id}: ${issue.message}`).join('; ');
      problems.push({ path: `rules.${id}`, message: render(msg(configProblems['invalid-options'], { id, reason }), locale) });
    } else options[id] = ruleOptions;
  }
  const config: Config = {
    format: valueOf(configSchema.shape.format, 'format', 'auto'), rules, options, locale: valueOf(configSchema.shape.locale, 'locale', locale),
    scriptPolicy: valueOf(configSchema.shape.scriptPolicy, 'scriptPolicy', 'simplified'),
    maxFileSize: valueOf(configSchema.shape.maxFileSize, 'maxFileSize', DEFAULT_CONFIG.maxFileSize!),
  };
  return { config, problems };
}

/**
 * Layers configuration: later layers win, rule by rule (VS Code settings, then .gkreportrc.json, then the
 * CLI's --report-format). An invalid layer is reported by resolveConfig and contributes nothing.
 */
export function mergeConfigs(...layers: readonly Partial<Config>[]): Config {
  let merged: Config = DEFAULT_CONFIG;
  for (const layer of layers) {
    merged = {
      format: layer.format && layer.format !== 'auto' ? layer.format : merged.format,
      rules: { ...merged.rules, ...layer.rules },
      options: { ...merged.options, ...layer.options },
      locale: layer.locale ?? merged.locale,
      scriptPolicy: layer.scriptPolicy ?? merged.scriptPolicy,
      maxFileSize: layer.maxFileSize ?? merged.maxFileSize,
    };
  }
  return merged;
}

/** VS Code's `gkreport.*` settings that shape a check, as the server and the Markdown preview read them */
export interface EditorSettings {
  readonly reportFormat?: Config['format'];
  readonly scriptPolicy?: Config['scriptPolicy'];
  readonly maxFileSize?: number;
  /** per rule: a severity, off, or "default" (the rule's own) */
  readonly rules?: Readonly<Record<string, string>>;
}

/** The configuration the settings give (before a project's .gkreportrc.json), and their problems. */
export function settingsConfig(settings: EditorSettings, locale: Locale): { config: Config; problems: ConfigProblem[] } {
  const rules = Object.fromEntries(Object.entries(settings.rules ?? {}).filter(([, value]) => value && value !== 'default'));
  return resolveConfig({
    format: settings.reportFormat ?? 'auto', rules, scriptPolicy: settings.scriptPolicy ?? 'simplified',
    ...(settings.maxFileSize ? { maxFileSize: settings.maxFileSize } : {}),
  }, locale);
}
