import { localeTable, TEMPLATES } from './catalog';
import type { Locale, MessageParam, MessageRef } from './define';

export type { MessageKey } from './catalog';
export { defineMessages, msg, type Entry, type Locale, type MessageParam, type MessageRef, type ParamsOf, type Template } from './define';

export function localize(value: MessageParam, locale: Locale): string {
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return render(value, locale);
  return locale === 'en' ? value.en : value.zh;
}

/** Templates split once into literal text (even indexes) and parameter names (odd indexes), per locale. */
const compiled: Record<Locale, Map<string, string[]>> = { 'zh-CN': new Map(), en: new Map() };

function parts(locale: Locale, key: string): string[] {
  let split = compiled[locale].get(key);
  if (!split) {
    const template = TEMPLATES.get(key);
    split = (template ? (locale === 'en' ? template.en : template.zh) : key).split(/\{(\w+)\}/);
    compiled[locale].set(key, split);
  }
  return split;
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
  return Object.keys(localeTable(locale));
}

export function normalizeLocale(value: string | undefined): Locale {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
