import type { Localized } from '../formats/schema';

export type Locale = 'zh-CN' | 'en';

/** A message in both languages, Chinese first; `{name}` marks a parameter, and both use the same ones. */
export interface Template {
  readonly zh: string;
  readonly en: string;
  /** each text split once into literal text (even indexes) and parameter names (odd indexes), by defineMessages */
  readonly parts?: { readonly zh: readonly string[]; readonly en: readonly string[] };
}

const PARAMETER = /\{(\w+)\}/;

/** A template filed under its key, "<group>/<name>" ("punctuation-width/fix"). */
export interface Entry extends Template {
  readonly key: string;
}

export type MessageParam = string | number | Localized | MessageRef;

/**
 * A message with its parameters, built with msg from a catalog entry (so a wrong entry or parameter fails to
 * compile); rendered only at the edge, in the user's locale. It carries its template: rendering needs no catalog.
 */
export interface MessageRef {
  readonly key: string;
  readonly template: Template;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** The parameter names of a template: "{a} … {b}" gives 'a' | 'b'. */
export type ParamNames<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

type NamesOf<E extends Template> = ParamNames<E['zh']> | ParamNames<E['en']>;

/** Every parameter a template names, and no other. */
export type ParamsOf<E extends Template> = { readonly [Name in NamesOf<E>]: MessageParam };

/**
 * A group of templates, each filed under "<prefix>/<name>": the literal texts are kept in the type,
 * so `msg` knows each one's key and parameters.
 */
export function defineMessages<const Prefix extends string, const Templates extends Readonly<Record<string, Template>>>(
  prefix: Prefix,
  templates: Templates,
): { readonly [Name in keyof Templates & string]: Templates[Name] & { readonly key: `${Prefix}/${Name}` } } {
  const entries = Object.entries(templates).map(([name, template]) => [name, {
    ...template, key: `${prefix}/${name}`, parts: { zh: template.zh.split(PARAMETER), en: template.en.split(PARAMETER) },
  }]);
  return Object.fromEntries(entries);
}

/**
 * A reference to one entry of a messages object in the catalog: an entry that is not there, a missing parameter
 * or one the template does not name fails to compile.
 */
export function msg<E extends Entry>(entry: E, ...params: [NamesOf<E>] extends [never] ? [] : [ParamsOf<E>]): MessageRef {
  const template: Template = entry;
  return params.length === 0 ? { key: entry.key, template } : { key: entry.key, template, params: params[0] };
}
