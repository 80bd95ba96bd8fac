import { walkXml } from './xml';

/** What a paragraph style makes of a paragraph: the document's title, a heading of level 1–9, or body text. */
export type StyleRole = { readonly kind: 'title' } | { readonly kind: 'heading'; readonly level: number };

interface StyleEntry {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

/** a paragraph style: the role it gives, and its automatic numbering (w:pPr/w:numPr), both following w:basedOn */
export interface ParagraphStyle {
  readonly role?: StyleRole;
  readonly numId?: string;
  readonly ilvl?: number;
}

/**
 * word/styles.xml → the role of each paragraph style id, following w:basedOn: Title / 标题 is the title; heading 1–9 /
 * 标题 1–9 (Word's built-in names, whatever the UI language; WPS writes 标题 1), or a w:outlineLvl, a heading.
 */
export function readParagraphStyles(xml: string | undefined): Map<string, ParagraphStyle> {
  const entries = new Map<string, StyleEntry>();
  if (xml !== undefined) {
    let current: StyleEntry | undefined;
    let inParagraphProperties = false;
    walkXml(xml, {
      open(element) {
        if (element.name === 'w:style') {
          const id = element.attribute('styleId');
          current = element.attribute('type') === 'paragraph' && id !== undefined ? {} : undefined;
          if (current !== undefined && id !== undefined) entries.set(id, current);
        } else if (current === undefined) {
          return;
        } else if (element.name === 'w:name') {
          current.name = element.attribute('val');
        } else if (element.name === 'w:basedOn') {
          current.basedOn = element.attribute('val');
        } else if (element.name === 'w:pPr') {
          inParagraphProperties = true;
        } else if (element.name === 'w:outlineLvl' && inParagraphProperties) {
          current.outlineLevel = Number.parseInt(element.attribute('val') ?? '', 10);
        } else if (element.name === 'w:numId' && inParagraphProperties) {
          current.numId = element.attribute('val');
        } else if (element.name === 'w:ilvl' && inParagraphProperties) {
          current.ilvl = Number.parseInt(element.attribute('val') ?? '0', 10) || 0;
        }
      },
      close(element) {
        if (element.name === 'w:style') current = undefined;
        if (element.name === 'w:pPr') inParagraphProperties = false;
      },
      text() {},
    });
  }
  const styles = new Map<string, ParagraphStyle>();
  for (const id of entries.keys()) {
    const role = roleOf(id, entries, new Set());
    const numId = inherited(id, entries, (entry) => entry.numId);
    const ilvl = inherited(id, entries, (entry) => entry.ilvl);
    styles.set(id, { ...(role === undefined ? {} : { role }), ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl }) });
  }
  return styles;
}

function inherited<T>(id: string, entries: ReadonlyMap<string, StyleEntry>, read: (entry: StyleEntry) => T | undefined): T | undefined {
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const entry = entries.get(current);
    if (entry === undefined) return undefined;
    const value = read(entry);
    if (value !== undefined) return value;
    current = entry.basedOn;
  }
  return undefined;
}

function roleOf(id: string, entries: ReadonlyMap<string, StyleEntry>, seen: Set<string>): StyleRole | undefined {
  const entry = entries.get(id);
  if (entry === undefined || seen.has(id)) return undefined;
  seen.add(id);
  const byName = roleByName(entry.name ?? id);
  if (byName !== undefined) return byName;
  // outline level 9 is body text
  if (entry.outlineLevel !== undefined && entry.outlineLevel >= 0 && entry.outlineLevel < 9) return { kind: 'heading', level: entry.outlineLevel + 1 };
  return entry.basedOn === undefined ? undefined : roleOf(entry.basedOn, entries, seen);
}

export function roleByName(name: string): StyleRole | undefined {
  const normalized = name.trim().toLowerCase();
  if (normalized === 'title' || normalized === '标题') return { kind: 'title' };
  const heading = /^(?:heading|标题)\s*([1-9])$/.exec(normalized);
  return heading === null ? undefined : { kind: 'heading', level: Number(heading[1]) };
}

/** an outline level set on the paragraph itself (w:pPr/w:outlineLvl), 0-based; 9 is body text */
export function roleByOutlineLevel(level: number | undefined): StyleRole | undefined {
  return level !== undefined && level >= 0 && level < 9 ? { kind: 'heading', level: level + 1 } : undefined;
}
