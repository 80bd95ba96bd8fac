import type { Span } from '../text/span';
import type { LineIndex } from '../text/line-index';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  readonly kind: DirectiveKind;
  /** empty: every rule */
  readonly ruleIds: readonly { readonly id: string; readonly span: Span }[];
  /** the whole comment */
  readonly span: Span;
}

interface Region {
  readonly directive: Directive;
  /** undefined: every rule but those in `except` */
  readonly ruleId?: string;
  readonly except?: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
}

const DIRECTIVE = /<!--\s*gkreport-(disable-next-line|disable-file|disable|enable)((?:[\s,]+[\w-]+)*)\s*-->/g;

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const idsText = match[2];
    const idsStart = match.index + match[0].indexOf(idsText, `<!--`.length);
    const ruleIds: { id: string; span: Span }[] = [];
    for (const id of idsText.matchAll(/[\w-]+/g)) ruleIds.push({ id: id[0], span: { start: idsStart + id.index, end: idsStart + id.index + id[0].length } });
    directives.push({ kind: match[1] as DirectiveKind, ruleIds, span: { start: match.index, end: match.index + match[0].length } });
  }
  return directives;
}

/** Which findings the comments suppress, and which directives (or ids in them) suppressed nothing. */
export class Suppressions {
  readonly directives: readonly Directive[];
  readonly #regions: Region[];
  readonly #used = new Set<string>();

  constructor(text: string, lines: LineIndex) {
    this.directives = parseDirectives(text);
    this.#regions = regions(this.directives, text.length, lines);
  }

  /** true when a comment covers this finding; records the comment as used */
  suppresses(ruleId: string, offset: number): boolean {
    let hit = false;
    for (const region of this.#regions) {
      if (offset < region.start || offset >= region.end) continue;
      if (region.ruleId !== undefined ? region.ruleId !== ruleId : region.except?.has(ruleId)) continue;
      this.#used.add(usageKey(region.directive, region.ruleId));
      hit = true;
    }
    return hit;
  }

  /** ids or whole comments that suppressed nothing */
  unused(): { directive: Directive; ruleId?: { id: string; span: Span } }[] {
    const result: { directive: Directive; ruleId?: { id: string; span: Span } }[] = [];
    for (const directive of this.directives) {
      if (directive.kind === 'enable') continue;
      if (directive.ruleIds.length === 0) {
        if (!this.#used.has(usageKey(directive, undefined))) result.push({ directive });
        continue;
      }
      for (const ruleId of directive.ruleIds) if (!this.#used.has(usageKey(directive, ruleId.id))) result.push({ directive, ruleId });
    }
    return result;
  }
}

function usageKey(directive: Directive, ruleId: string | undefined): string {
  return `${directive.span.start}|${ruleId ?? '*'}`;
}

function regions(directives: readonly Directive[], textEnd: number, lines: LineIndex): Region[] {
  const result: Region[] = [];
  const open: Region[] = [];
  const idsOf = (directive: Directive): (string | undefined)[] => (directive.ruleIds.length ? directive.ruleIds.map((id) => id.id) : [undefined]);
  for (const directive of directives) {
    switch (directive.kind) {
      case 'disable-file':
        for (const ruleId of idsOf(directive)) result.push({ directive, ruleId, start: 0, end: textEnd });
        break;
      case 'disable-next-line': {
        const line = lines.lineAt(directive.span.end);
        const next = lines.lines[line.index + 1];
        if (next) for (const ruleId of idsOf(directive)) result.push({ directive, ruleId, start: next.start, end: next.end + 1 });
        break;
      }
      case 'disable':
        for (const ruleId of idsOf(directive)) open.push({ directive, ruleId, start: directive.span.end, end: textEnd });
        break;
      case 'enable': {
        // as in ESLint: enabling one rule inside a disable-all region re-enables that rule only
        const ids = directive.ruleIds.map((id) => id.id);
        for (let index = open.length - 1; index >= 0; index--) {
          const region = open[index];
          if (ids.length > 0 && region.ruleId !== undefined && !ids.includes(region.ruleId)) continue;
          result.push({ ...region, end: directive.span.start });
          open.splice(index, 1);
          if (ids.length > 0 && region.ruleId === undefined) {
            open.push({ ...region, except: new Set([...(region.except ?? []), ...ids]), start: directive.span.end, end: textEnd });
          }
        }
        break;
      }
    }
  }
  return [...result, ...open];
}
