/**
 * The mark gkreport puts in the pages it writes (`<meta name="generator" content="gkreport">`). An audit page
 * (`gkreport check --format html`) is findings about reports, not a report: a directory check leaves it out and the
 * web-page reader refuses it. An exported report (`gkreport export --to html`, its body an
 * `<article class="gkr-report">`) is a report like any page.
 */
const GENERATOR_MARK = /<meta\s[^>]*name\s*=\s*["']?generator["']?[^>]*content\s*=\s*["']?gkreport\b|<meta\s[^>]*content\s*=\s*["']?gkreport\b[^>]*name\s*=\s*["']?generator/i;

const EXPORTED_REPORT_MARK = /<article\s[^>]*class\s*=\s*["']?[^"'>]*\bgkr-report\b/i;

/** how much of a page's start to read for the marks: the exported page's inline style sheet stands between them */
export const AUDIT_MARK_BYTES = 64 * 1024;

/** Whether a page's start (its first AUDIT_MARK_BYTES, as text) is one of gkreport's audit pages. */
export function isAuditPageHead(head: string): boolean {
  return GENERATOR_MARK.test(head) && !EXPORTED_REPORT_MARK.test(head);
}
