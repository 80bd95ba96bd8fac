import { ALL_SECTIONS } from '../../formats';
import { matchesKeywords } from '../../parse/headings';
import { normalizeLabel } from '../../text/fold';
import { chineseNumeral } from '../../text/numbers';
import type { Span } from '../../text/span';

/** "六部分", "6个部分", "七个部分" */
const PARTS = /([一二三四五六七八九十]|\d{1,2})\s*个?部分/g;
/** the words a count of parts follows directly: "共六个部分", "等六部分", "分为六个部分", "共分七个部分" */
const COUNTED = /(?:等|共|共分为?|分为|分成|包括|包含)\s*$/;
/** the words a list of parts follows: "全文包括A、B…", "本报告由A、B…组成" */
const LIST_INTRODUCER = /包括|包含|分为|分成|由/g;
const ITEM_SEPARATOR = /[、，,；;]|以及/;

export interface PartCountClaim {
  /** the count as written ("六") */
  readonly span: Span;
  readonly claimed: number;
  /** how many parts the same sentence lists, when it lists them */
  readonly listed?: number;
}

/** The part-count claims of one sentence (folded text, starting at `offset`). */
export function partCountClaims(sentence: string, offset: number): PartCountClaim[] {
  const claims: PartCountClaim[] = [];
  for (const match of sentence.matchAll(PARTS)) {
    const before = sentence.slice(0, match.index);
    if (/第\s*$/.test(before)) continue;
    const listBefore = listEndingAt(before.replace(COUNTED, ''));
    if (!COUNTED.test(before) && listBefore === undefined) continue;
    const claimed = chineseNumeral(match[1]) ?? Number(match[1]);
    if (!claimed) continue;
    const after = /^\s*(?:组成)?\s*[:：](.+)$/.exec(sentence.slice(match.index + match[0].length));
    const listed = listBefore ?? (after ? countParts(after[1].replace(/[。.]$/, '').replace(/(?:等|共)?\s*(?:组成|几个方面)?$/, '')) : undefined);
    const start = offset + match.index;
    claims.push({ span: { start, end: start + match[1].length }, claimed, listed });
  }
  return claims;
}

/** The number of parts listed right before the count ("包括A、B、C等" → 3); undefined when none is. */
function listEndingAt(text: string): number | undefined {
  let introducerEnd = -1;
  for (const introducer of text.matchAll(LIST_INTRODUCER)) introducerEnd = introducer.index + introducer[0].length;
  if (introducerEnd < 0) return undefined;
  const list = text.slice(introducerEnd);
  // "由区政府办公室、区大数据局编制，共六部分": the list must run up to the count, not end at a separator before it
  if (!list || ITEM_SEPARATOR.test(list.slice(-1))) return undefined;
  return countParts(list);
}

/**
 * Parts in a list. Section names hold separators themselves ("行政复议、行政诉讼情况") and 和 ("收到和处理…",
 * "问题和改进措施"): neighbouring items naming the same section of some era are one part, and a last item is split
 * at 和/及 only when both halves name different sections ("存在的主要问题及改进措施和其他需要报告的事项").
 */
export function countParts(list: string): number | undefined {
  const items = list.split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item);
  if (items.length < 2) return undefined;
  const last = items[items.length - 1];
  for (const joiner of last.matchAll(/和|及/g)) {
    const left = sectionOf(last.slice(0, joiner.index));
    const right = sectionOf(last.slice(joiner.index + 1));
    if (left && right && left !== right) {
      items.splice(items.length - 1, 1, last.slice(0, joiner.index), last.slice(joiner.index + 1));
      break;
    }
  }
  let parts = 0;
  let previous: string | undefined;
  for (const item of items) {
    const section = sectionOf(item);
    if (section === undefined || section !== previous) parts++;
    previous = section;
  }
  return parts;
}

function sectionOf(item: string): string | undefined {
  const key = normalizeLabel(item);
  return ALL_SECTIONS.find((spec) => matchesKeywords(key, spec.match))?.id;
}
