/**
 * How one string differs from another by a slip of the pen: characters inserted, characters dropped, or two
 * adjacent characters swapped. Substitutions are not slips of this kind (存在的主要问题及整改情况 rewords 改进,
 * it does not misspell it), so a string that needs both an insertion and a deletion is not near.
 */
export type Slip =
  | { readonly kind: 'inserted' | 'dropped'; readonly count: number }
  | { readonly kind: 'swapped' };

/**
 * The slip that turns `expected` into `written`: one character inserted or dropped anywhere, two when they are not
 * next to each other (two adjacent characters are a word: 行政复议、诉讼情况 drops 行政 on purpose), or one adjacent
 * transposition. Undefined when the strings are equal or further apart.
 */
export function slipBetween(written: string, expected: string): Slip | undefined {
  const difference = written.length - expected.length;
  if (difference === 0) return swapped(written, expected) ? { kind: 'swapped' } : undefined;
  if (Math.abs(difference) > 2) return undefined;
  const [longer, shorter] = difference > 0 ? [written, expected] : [expected, written];
  const count = Math.abs(difference);
  if (!extraCharacters(longer, shorter, count)) return undefined;
  return { kind: difference > 0 ? 'inserted' : 'dropped', count };
}

function swapped(a: string, b: string): boolean {
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  if (first >= a.length - 1) return false;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a[first] !== a[first + 1] && a.slice(first + 2) === b.slice(first + 2);
}

/** `longer` is `shorter` with `count` (1 or 2) characters added, two of them not adjacent. */
function extraCharacters(longer: string, shorter: string, count: number): boolean {
  const prefix = commonPrefix(longer, 0, shorter, 0);
  if (count === 1) return prefix + commonSuffix(longer, shorter) >= shorter.length;
  const suffix = commonSuffix(longer, shorter);
  // the first added character at i ≤ prefix, the second at k ≥ i + 2: longer[i+1..k) = shorter[i..k-1), and the
  // rest (after k) is the common suffix
  for (let i = 0; i <= prefix && i < longer.length; i++) {
    const lowest = Math.max(i + 2, longer.length - 1 - suffix);
    const head = commonPrefix(longer, i + 1, shorter, i);
    if (lowest <= i + 1 + head) return true;
  }
  return false;
}

function commonPrefix(a: string, from: number, b: string, fromB: number): number {
  let length = 0;
  while (from + length < a.length && fromB + length < b.length && a[from + length] === b[fromB + length]) length++;
  return length;
}

function commonSuffix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}

/**
 * Damerau (optimal string alignment) distance with a ceiling: substitutions, insertions, deletions and adjacent
 * transpositions each cost 1; anything over `max` is reported as max + 1 (a title is compared with a few canonical
 * ones, so the banded loop stays short).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length], max + 1);
}
