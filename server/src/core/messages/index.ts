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

export function render(message: MessageRef, locale: Locale): string {
  const template = TABLES[locale][message.key] ?? ZH_CN[message.key] ?? message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    return value === undefined ? whole : localize(value, locale);
  });
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(TABLES[locale]);
}

export function normalizeLocale(value: string | undefined): Locale {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
