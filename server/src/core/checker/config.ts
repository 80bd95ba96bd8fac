import { z } from 'zod';
import { msg, render, type Locale } from '../messages';
import { configProblems } from '../messages/config';
import { RULES } from '../rules';
import type { SeveritySetting } from '../rules/kit/define';

const severity = z.enum(['error', 'warning', 'info', 'hint', 'off']);

export const configSchema = z.object({
  /** override format detection */
  format: z.enum(['auto', '2008', '2019', '2021']).default('auto'),
  /** per rule: a severity (including off), or ESLint's [severity, { options }] */
  rules: z.record(z.string(), z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])])).default({}),
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

/** Never throws: what is invalid is reported and left at its default, the rest still applies. */
export function resolveConfig(raw: unknown, locale: Locale = 'zh-CN'): { config: Config; problems: ConfigProblem[] } {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: render(msg(configProblems.invalid, { path: issue.path.join('.') || msg(configProblems.root), reason: issue.message }), locale),
    }));
    return { config: { ...DEFAULT_CONFIG, locale }, problems };
  }
  const problems: ConfigProblem[] = [];
  const rules: Record<string, SeveritySetting> = {};
  const options: Record<string, Record<string, unknown>> = {};
  for (const [id, setting] of Object.entries(parsed.data.rules)) {
    const rule = RULES.find((candidate) => candidate.meta.id === id);
    if (!rule) {
      problems.push({ path: `rules.${id}`, message: render(msg(configProblems['unknown-rule'], { id }), locale) });
      continue;
    }
    if (typeof setting === 'string') {
      rules[id] = setting;
      continue;
    }
    const [level, given] = setting;
    rules[id] = level;
    const checked = rule.meta.options?.safeParse(given);
    if (!checked) {
      problems.push({ path: `rules.${id}`, message: render(msg(configProblems['no-options'], { id }), locale) });
    } else if (!checked.success) {
      const reason = checked.error.issues.map((issue) => `${issue.path.join('.') || id}: ${issue.message}`).join('; ');
      problems.push({ path: `rules.${id}`, message: render(msg(configProblems['invalid-options'], { id, reason }), locale) });
    } else options[id] = given;
  }
  const config: Config = {
    format: parsed.data.format, rules, options, locale: parsed.data.locale ?? locale,
    scriptPolicy: parsed.data.scriptPolicy, maxFileSize: parsed.data.maxFileSize,
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
