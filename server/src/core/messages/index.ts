import type { Localized } from '../formats/schema';
import { EN } from './en';
import { ZH_CN } from './zh-cn';

export type Locale = 'zh-CN' | 'en';
export type MessageParam = string | number | Localized | MessageRef;

/** A message by key ("table-reconcile/sum") with parameters; rendered only at the edge, in the user's locale. */
export interface MessageRef {
  readonly key: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

const TABLES: Record<Locale, Readonly<Record<string, string>>> = { 'zh-CN': ZH_CN, en: EN };

export function localize(value: MessageParam, locale: Locale): string {
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return render(value, locale);
  return locale === 'en' ? value.en : value.zh;
}

/** Templates split into literal text (even indexes) and parameter names (odd indexes), per locale, once at load. */
const COMPILED: Readonly<Record<Locale, ReadonlyMap<string, readonly string[]>>> = {
  'zh-CN': compile(ZH_CN, ZH_CN),
  en: compile(EN, ZH_CN),
};

function compile(table: Readonly<Record<string, string>>, fallback: Readonly<Record<string, string>>): ReadonlyMap<string, readonly string[]> {
  const keys = new Set([...Object.keys(fallback), ...Object.keys(table)]);
  return new Map([...keys].map((key) => [key, (table[key] ?? fallback[key]).split(/\{(\w+)\}/)]));
}

function parts(locale: Locale, key: string): readonly string[] {
  // an unknown key shows itself: typed keys make that a compile error (see rules/<id>/messages.ts)
  return COMPILED[locale].get(key) ?? [key];
}

export function render(message: MessageRef, locale: Locale): string {
  const split = parts(locale, message.key);
  let out = split[0];
  for (let index = 1; index < split.length; index += 2) {
    const value = message.params?.[split[index]];
    out += (value === undefined ? `{${split[index]}}` : localize(value, locale)) + split[index + 1];
  }
  return out;
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(TABLES[locale]);
}

export function normalizeLocale(value: string | undefined): Locale {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
