import * as OpenCC from 'opencc-js/t2cn';
import { isHan } from './characters';
import { delimitedSpans } from './delimited';
import { detach } from './detach';
import { lazy } from './lazy';
import type { Line } from './line-index';

/** OpenCC standard traditional → mainland simplified, built once on first use (~3 ms for the t2cn preset): a pure function, the same for every checker. */
const traditionalToSimplified = lazy(() => OpenCC.Converter({ from: 't', to: 'cn' }));

export function toSimplified(text: string): string {
  return traditionalToSimplified()(text);
}

/** One line folded (simplified, half-width), with what the script classification needs from it. */
export interface FoldedLine {
  readonly text: string;
  /** Han characters in the line */
  readonly han: number;
  /** Han characters the traditional → simplified conversion changed */
  readonly changed: number;
}

const MAX_CACHED_LINES = 50000;

/**
 * Every line folded, keeping every offset: traditional to simplified, full-width ASCII to half-width,
 * ideographic space to space. Headings and labels are matched against the folded text so that
 * traditional-script and full-width drafts match the same data as clean ones. With the checker's `cache` of folded lines
 * by text, a re-check after an edit converts only the lines that changed (OpenCC's phrases never span a line). The joined text keeps every offset of the original.
 * HTML comments (suppression comments among them) are blanked: the rendered report does not show them,
 * so "五<!-- … -->、" is heading 五 and "<!-- … -->其中：1.…" a breakdown row, with or without the comment.
 */
export function foldLines(text: string, lines: readonly Line[], cache: Map<string, FoldedLine>): { folded: string; lines: FoldedLine[] } {
  if (cache.size > MAX_CACHED_LINES) cache.clear();
  const folded: FoldedLine[] = [];
  let out = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    let entry = cache.get(line.text);
    if (entry === undefined) {
      const own = detach(line.text);
      entry = foldLine(own);
      cache.set(own, entry.text === own ? entry : { ...entry, text: detach(entry.text) });
    }
    folded.push(entry);
    out += entry.text;
    const next = lines[index + 1];
    if (next) out += text.slice(line.end, next.start);
  }
  const comments = delimitedSpans(text, '<!--', '-->');
  if (comments.length === 0) return { folded: out, lines: folded };
  let blanked = '';
  let from = 0;
  for (const comment of comments) {
    blanked += out.slice(from, comment.start) + text.slice(comment.start, comment.end).replace(/[^\r\n]/g, ' ');
    from = comment.end;
  }
  blanked += out.slice(from);
  let at = 0;
  for (const comment of comments) {
    while (at < lines.length && lines[at].end < comment.start) at++;
    for (let index = at; index < lines.length && lines[index].start <= comment.end; index++) {
      folded[index] = { ...folded[index], text: blanked.slice(lines[index].start, lines[index].end) };
    }
  }
  return { folded: blanked, lines: folded };
}

function foldLine(line: string): FoldedLine {
  if (!/[^\x00-\x7f]/.test(line)) return { text: line, han: 0, changed: 0 };
  let simplified = toSimplified(line);
  if (simplified.length !== line.length) simplified = foldCharByChar(line);
  let han = 0;
  let changed = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (!isHan(code)) continue;
    han++;
    if (simplified.charCodeAt(index) !== code) changed++;
  }
  return { text: toHalfWidth(simplified), han, changed };
}

function foldCharByChar(text: string): string {
  let out = '';
  for (const char of text) {
    const converted = toSimplified(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

const HAS_FULL_WIDTH = /[\u3000\uff01-\uff5e]/;
const FULL_WIDTH = /[\u3000\uff01-\uff5e]/g;

export function toHalfWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/** Label form used for matching: folded, no spaces, no quotes, unified brackets. */
export function normalizeLabel(foldedText: string): string {
  return foldedText
    .replace(/[\s*`#]/g, '')
    .replace(/[“”"‘’'「」『』]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[，]/g, ',')
    .replace(/[、]/g, '、');
}

const NUMBERING = /^(?:[(（]?[一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．:：]|[(（]?\d{1,2}[)）]|\d{1,2}[、.．:：](?!\d))/;

/** Drops a leading "一、" / "（三）" / "1." from a normalized label. */
export function stripNumbering(label: string): string {
  return label.replace(/^其中[:：]?/, '').replace(NUMBERING, '');
}
