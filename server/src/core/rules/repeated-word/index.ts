import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import { cacheSlot, type Caches } from '../../cache/caches';
import { ContentCache } from '../../cache/content-cache';
import { isHan } from '../../text/characters';
import { inSpans } from '../../script/protected';
import { reportProtectedSpans } from '../kit/protected';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';
import { FUNCTION_CHARACTERS, NUMERALS, REDUPLICATIONS, STEP_MEASURES, TERMS_STARTING_WITH } from './words';

export default defineRule({
  meta: {
    id: 'repeated-word',
    name: { zh: '重复字词', en: 'Repeated word' },
    defaultSeverity: 'warning',
    description: { zh: '词语重复书写', en: 'a word written twice in a row' },
    fixable: true,
    fix: 'review',
  },
  check(report, add, context) {
    if (!report.isAnnualReport) return;
    for (const repeat of repeatsIn(report, context.caches)) {
      const word = report.text.slice(repeat.start, repeat.start + repeat.unit);
      const found = report.text.slice(repeat.start, repeat.end);
      add({
        span: { start: repeat.start, end: repeat.end },
        message: msg(messages.message, { word, found, count: (repeat.end - repeat.start) / repeat.unit }),
        fix: { title: msg(messages.fix, { word }), edit: { span: { start: repeat.start + repeat.unit, end: repeat.end }, text: '' } },
      });
    }
  },
});

interface Repeat extends Span {
  /** the length of the word repeated */
  readonly unit: number;
}

/**
 * Words of 2–4 Han characters written two or more times in a row, and doubled function characters, in the prose
 * (tables and headings are not prose; a table cell ends at its separator, so no repeat crosses cells).
 */
function repeatsIn(report: Report, caches: Caches): Repeat[] {
  const skip = reportProtectedSpans(report, caches);
  const byLine = caches.get(LINE_REPEATS);
  const repeats: Repeat[] = [];
  for (const { span, text } of report.prose.lines) {
    const found = byLine.get(text, lineRepeats);
    for (const repeat of found) {
      const start = span.start + repeat.start;
      if (!inSpans(skip, start)) repeats.push({ start, end: span.start + repeat.end, unit: repeat.unit });
    }
  }
  return repeats;
}

/** The repeats of each prose line, by its text (offsets within the line): a check after an edit scans only what changed. */
const LINE_REPEATS = cacheSlot('repeated-word lines', () => new ContentCache<readonly Repeat[]>(50000));

/** The repeats of one line's folded prose, offsets within it. */
function lineRepeats(text: string): Repeat[] {
  const repeats: Repeat[] = [];
  let index = 0;
  while (index < text.length - 1) {
    const found = repeatAt(text, index);
    if (!found) {
      index++;
      continue;
    }
    if (isDefect(text, index, found.unit, found.count)) repeats.push({ start: index, end: index + found.unit * found.count, unit: found.unit });
    // a word repeated is passed whole; the last of a run of one character may begin a longer repeat (小组|组长组长)
    index += found.unit === 1 ? found.count - 1 : found.unit * found.count;
  }
  return repeats;
}

/** The shortest Han word of 2–4 characters (else a single character) repeated at `index`, and how many times. */
function repeatAt(text: string, index: number): { unit: number; count: number } | undefined {
  // any repeat begins with a character that comes again 1–4 characters later: most characters are passed here
  const code = text.charCodeAt(index);
  if (code !== text.charCodeAt(index + 1) && code !== text.charCodeAt(index + 2) && code !== text.charCodeAt(index + 3) && code !== text.charCodeAt(index + 4)) return undefined;
  if (!isHan(code)) return undefined;
  for (const unit of UNITS) {
    if (!repeatsAt(text, index, unit)) continue;
    // 的的的的 is 的 written four times, not 的的 twice
    if (unit > 1 && oneCharacter(text, index, unit)) continue;
    let count = 2;
    while (repeatsAt(text, index + (count - 1) * unit, unit)) count++;
    return { unit, count };
  }
  return undefined;
}

const UNITS = [2, 3, 4, 1];

function oneCharacter(text: string, index: number, length: number): boolean {
  for (let offset = 1; offset < length; offset++) if (text.charCodeAt(index + offset) !== text.charCodeAt(index)) return false;
  return true;
}

/** The `unit` Han characters at `index` are written again right after: compared code by code, no strings made. */
function repeatsAt(text: string, index: number, unit: number): boolean {
  if (index + 2 * unit > text.length) return false;
  for (let offset = 0; offset < unit; offset++) {
    const code = text.charCodeAt(index + offset);
    if (code !== text.charCodeAt(index + unit + offset) || !isHan(code)) return false;
  }
  return true;
}

function isDefect(text: string, index: number, unit: number, count: number): boolean {
  const word = text.slice(index, index + unit);
  const end = index + unit * count;
  if ([...word].every((char) => NUMERALS.includes(char))) return false;
  if (insideReduplication(text, index, end)) return false;
  if (unit === 2 && word[0] === '一' && STEP_MEASURES.includes(word[1])) return false;
  // 人民政府|政府信息: the last copy begins a term
  if (TERMS_STARTING_WITH[word]?.some((term) => text.startsWith(term, end - unit))) return false;
  if (unit > 1) return true;
  const character = FUNCTION_CHARACTERS[word];
  if (!character) return false;
  // 目的|的, 为了|了解: two correct words meeting
  const endsWord = character.endsWord.some((ending) => text.endsWith(ending, index + 1));
  const startsWord = character.startsWord.some((start) => text.startsWith(start, end - 1));
  return !endsWord && !startsWord;
}

/** The correct reduplications by their first character (read-only once built). */
const REDUPLICATIONS_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const byCharacter = new Map<string, string[]>();
  for (const word of REDUPLICATIONS) {
    const list = byCharacter.get(word[0]) ?? [];
    list.push(word);
    byCharacter.set(word[0], list);
  }
  return byCharacter;
})();

/** The repeat [start, end) lies inside one of the correct reduplications (实实在在, 研究研究) written there. */
function insideReduplication(text: string, start: number, end: number): boolean {
  for (let from = Math.max(0, end - MAX_REDUPLICATION); from <= start; from++) {
    for (const word of REDUPLICATIONS_BY_FIRST.get(text[from]) ?? []) {
      if (from + word.length >= end && text.startsWith(word, from)) return true;
    }
  }
  return false;
}

const MAX_REDUPLICATION = Math.max(...REDUPLICATIONS.map((word) => word.length));
