import type { Locale, MessageParam, MessageRef } from './define';
import { SHARED_TEMPLATES } from './shared';

export type { SharedKey } from './shared';
export { defineMessages, msg, type Entry, type Locale, type MessageParam, type MessageRef, type ParamsOf, type Template } from './define';

export function localize(value: MessageParam, locale: Locale): string {
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return render(value, locale);
  return locale === 'en' ? value.en : value.zh;
}

function parts(message: MessageRef, locale: Locale): readonly string[] {
  const template = message.template ?? SHARED_TEMPLATES.get(message.key);
  // an unknown key shows itself (a shared ref by key is typed: SharedKey)
  if (!template) return [message.key];
  const split = template.parts?.[locale === 'en' ? 'en' : 'zh'];
  return split ?? (locale === 'en' ? template.en : template.zh).split(/\{(\w+)\}/);
}

export function render(message: MessageRef, locale: Locale): string {
  const split = parts(message, locale);
  let out = split[0];
  for (let index = 1; index < split.length; index += 2) {
    const value = message.params?.[split[index]];
    out += (value === undefined ? `{${split[index]}}` : localize(value, locale)) + split[index + 1];
  }
  return out;
}

export function normalizeLocale(value: string | undefined): Locale {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
