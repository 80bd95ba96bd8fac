import { z } from 'zod';
import { msg, render, type Locale } from '../messages';
import { review } from '../messages/review';
import { zodErrors } from '../messages/zod-issues';

/** The name of the file, in messages (the hosts find it upward from each report, like .gkreportrc.json). */
export const REVIEW_FILE = '.gkreport-review.json';

/** Which report a decision is about: its unit and year when the title names them, else its path relative to the file. */
export type ReportRef = { readonly unit: string; readonly year: number } | { readonly path: string };

/** A reviewer's decision: this finding of this report was checked and stays (cli.md, Review decisions). */
export interface Decision {
  readonly report: ReportRef;
  readonly rule: string;
  /** what identifies the finding across edits elsewhere (review/key.ts) */
  readonly key: string;
  readonly reason: string;
  /** when it was decided, YYYY-MM-DD; for the reader of the file */
  readonly date?: string;
}

const reportRef = z.union([
  z.strictObject({
    unit: z.string().trim().min(1).describe('单位名称，与报告标题一致 / the unit, as in the title'),
    year: z.number().int().min(1990).max(2100).describe('报告年度 / the report year'),
  }),
  z.strictObject({ path: z.string().trim().min(1).describe('报告文件相对本文件的路径（标题中没有单位和年度时）/ the report file, relative to this file') }),
]).describe('哪份报告 / which report');

const decision = z.strictObject({
  report: reportRef,
  rule: z.string().min(1).describe('规则 id / rule id'),
  key: z.string().min(1).describe('问题的键：表格单元格为“表/行/列”（t3/本年新收/总计），正文为所在句子，结构问题为所在部分 / the finding\'s key: table/row/column, the sentence, or the section'),
  reason: z.string().trim().min(1).describe('核实理由 / why the finding stays'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional().describe('核实日期 / when it was decided'),
});

const file = z.object({ version: z.literal(1), decisions: z.array(z.unknown()) });

/** The file's shape with its decisions, for the JSON schema VS Code completes the file from (authoring/schema.ts). */
export const reviewFileShape = z.object({
  $schema: z.string().optional(),
  version: z.literal(1).describe('文件格式版本 / file format version'),
  decisions: z.array(decision).describe('核实记录 / review decisions'),
});

/** One problem with the file: a decision skipped (its index, 1-based), or the file as a whole (no decision applies). */
export interface ReviewProblem {
  readonly decision?: number;
  readonly message: string;
}

export interface ReviewFile {
  readonly decisions: readonly Decision[];
  readonly problems: readonly ReviewProblem[];
}

/**
 * Validates a parsed review file; never throws. A bad decision is skipped and named, the others apply (as a bad key
 * of .gkreportrc.json keeps its default); a file of the wrong shape gives no decision at all. `knownRule` names
 * the rule ids that exist: a decision for another id could never match.
 */
export function readDecisions(raw: unknown, locale: Locale, knownRule: (id: string) => boolean, name = REVIEW_FILE): ReviewFile {
  const error = zodErrors(locale);
  const whole = file.safeParse(raw, { error });
  if (!whole.success) {
    const reason = whole.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return { decisions: [], problems: [{ message: render(msg(review['invalid-file'], { file: name, reason }), locale) }] };
  }
  const decisions: Decision[] = [];
  const problems: ReviewProblem[] = [];
  whole.data.decisions.forEach((entry, index) => {
    const parsed = decision.safeParse(entry, { error });
    const reason = !parsed.success ? describeIssues(parsed.error.issues, locale)
      : !knownRule(parsed.data.rule) ? render(msg(review['unknown-rule'], { id: parsed.data.rule }), locale) : undefined;
    if (parsed.success && reason === undefined) decisions.push(parsed.data);
    else problems.push({ decision: index + 1, message: render(msg(review['invalid-decision'], { index: index + 1, reason: reason! }), locale) });
  });
  return { decisions, problems };
}

/** zod's issues in a line; the report's two forms said in words (zod only says "Invalid input" of a union) */
function describeIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): string {
  return issues.map((issue) => issue.path[0] === 'report' && issue.code === 'invalid_union'
    ? render(msg(review['invalid-report']), locale)
    : `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** What a review file gives a check of one report: every decision of the file, and the report's path as decisions name it. */
export interface ReviewInput {
  readonly decisions: readonly Decision[];
  /** the report's path relative to the review file's folder, with / (a decision `{ "path": … }` names it so) */
  readonly path?: string;
}
