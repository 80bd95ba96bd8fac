import type { Locale, MessageParam, MessageRef } from './define';

export { defineMessages, msg, type Entry, type Locale, type MessageParam, type MessageRef, type ParamsOf, type Template } from './define';

export function localize(value: MessageParam, locale: Locale): string {
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return render(value, locale);
  return locale === 'en' ? value.en : value.zh;
}

function parts(message: MessageRef, locale: Locale): readonly string[] {
  const { template } = message;
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
