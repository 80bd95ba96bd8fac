import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import type { Caches } from '../../cache/caches';
import { memoSlot } from '../../cache/object-memo';
import { protectedSpans } from '../../script/protected';

/** A report is never moved (each check makes a new one), so a memo keyed by it holds for that check only. */
const PROTECTED = memoSlot<Report, readonly Span[]>('protected spans', (spans) => spans);

/** The report's code, comments, links, URLs and e-mail addresses (script/protected.ts), scanned once per check for every rule. */
export function reportProtectedSpans(report: Report, caches: Caches): readonly Span[] {
  return caches.get(PROTECTED).get(report, (key) => protectedSpans(key.text));
}
