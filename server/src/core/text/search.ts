/**
 * The index of the first item for which `reached` holds, in items ordered so that once it holds it holds for all
 * after (tables, headings, spans in text order): a binary search, where a scan of all of them would run for each
 * of thousands of sections or pairs.
 */
export function firstIndex<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(items[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}
