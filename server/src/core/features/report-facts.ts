import type { Analysis } from '../checker/analysis';
import { findingCounts, type FindingCounts } from '../checker/counts';
import type { Finding } from '../checker/lint';
import { valueCell } from '../model/cells';
import type { FormatId, Report, Script, StandardTable } from '../model/types';
import { daysAfter, publicationDate, publicationDeadline } from '../prose/publication';
import { countedEvaluations, shownRepeat } from './lenses';

/**
 * What a reviewer compares across a folder of reports (the audit page, `--summary csv`), one report's worth, read
 * from its check. A figure the report does not state, or states so that it cannot be read, is absent, never 0:
 * a reviewer sorting by it must not take "unknown" for "none".
 */
export interface ReportFacts {
  readonly unit?: string;
  readonly year?: number;
  readonly format: FormatId;
  readonly script: Script;
  /** findings by severity, the reviewed ones apart (not in their severity's count) */
  readonly counts: FindingCounts;
  /** the tables' reconciliation equations that could be evaluated, as their lenses count them (勾稽关系 12/12 成立) */
  readonly equations: { readonly held: number; readonly total: number };
  /** findings of the rules that compare the prose with the tables: prose-table-mismatch, prose-sum, prose-percent */
  readonly proseMismatches: number;
  /** script-mixing findings (a wholly traditional text is one) */
  readonly scriptMixing: number;
  /** half-width marks between Chinese characters (punctuation-width's marks, without its one summary finding) */
  readonly punctuation: number;
  /** how much of the prose repeats last year's report of the unit; absent when that report is not known */
  readonly contentRepeat?: { readonly copied: number; readonly counted: number; readonly share: number; readonly previous: string };
  /** the publication date the report states (ISO 8601), and against 条例 art. 49's deadline when the year is known */
  readonly publication?: { readonly date: string; readonly deadline?: string; readonly daysLate?: number };
  /** the 依申请 figures reviewers compare across units, each absent when its cells are missing or unreadable */
  readonly applications: ApplicationFigures;
}

export interface Ratio {
  readonly part: number;
  readonly whole: number;
  /** part ÷ whole, 0 … 1 */
  readonly share: number;
}

export interface ApplicationFigures {
  /** 表三 一、本年新收政府信息公开申请数量, 总计 */
  readonly newRequests?: number;
  /** 表三 （一）予以公开 + （二）部分公开 over （七）总计 of 本年度办理结果, 总计 column */
  readonly disclosed?: Ratio;
  /** 表四 行政复议 结果纠正 over its 总计 */
  readonly reconsiderationCorrected?: Ratio;
  /** 表四 行政诉讼 (both blocks: 未经复议直接起诉 and 复议后起诉) 结果纠正 over their 总计 */
  readonly litigationCorrected?: Ratio;
}

const PROSE_RULES: ReadonlySet<string> = new Set(['prose-table-mismatch', 'prose-sum', 'prose-percent']);

/** A half-width mark (or a bracket pair) as punctuation-width marks it: its summary finding stands on the title instead. */
const PUNCTUATION_MARK = /^(?:[,:;?!()]|\([^]*\))$/;

/**
 * The facts of one checked report. `findings` are the ones the host shows (default: the check's), so that review
 * decisions applied after the check are counted as reviewed.
 */
export function reportFacts(analysis: Analysis, findings: readonly Finding[] = analysis.findings): ReportFacts {
  const { report } = analysis;
  const open = findings.filter((finding) => !finding.reviewed);
  const count = (test: (finding: Finding) => boolean) => open.filter(test).length;
  const counts = findingCounts(findings);
  const evaluations = analysis.applies ? report.tables.flatMap((table) => countedEvaluations(analysis, table)) : [];
  const repeat = shownRepeat(analysis);
  const publication = report.isAnnualReport ? statedPublication(report) : undefined;
  return {
    ...(report.unitName ? { unit: report.unitName } : {}),
    ...(report.year ? { year: report.year.year } : {}),
    format: report.format,
    script: report.script,
    counts,
    equations: { held: evaluations.filter((evaluation) => evaluation.holds).length, total: evaluations.length },
    proseMismatches: count((finding) => PROSE_RULES.has(finding.ruleId)),
    scriptMixing: count((finding) => finding.ruleId === 'script-mixing'),
    punctuation: count((finding) => finding.ruleId === 'punctuation-width' && PUNCTUATION_MARK.test(report.text.slice(finding.span.start, finding.span.end))),
    ...(repeat ? { contentRepeat: { copied: repeat.copied.length, counted: repeat.counted, share: repeat.copied.length / repeat.counted, previous: repeat.name } } : {}),
    ...(publication ? { publication } : {}),
    applications: report.isAnnualReport ? applicationFigures(report) : {},
  };
}

function statedPublication(report: Report): ReportFacts['publication'] {
  const date = publicationDate(report);
  if (!date || date.day === undefined || date.month === undefined) return undefined;
  const full = { ...date, day: date.day, month: date.month };
  const deadline = publicationDeadline(report);
  if (!deadline) return { date: isoDate(full) };
  return { date: isoDate(full), deadline: isoDate(deadline), daysLate: Math.max(0, daysAfter(deadline, full)) };
}

const isoDate = (date: { readonly year: number; readonly month: number; readonly day: number }) =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

function applicationFigures(report: Report): ApplicationFigures {
  const t3 = onlyTable(report, 't3');
  const t4 = onlyTable(report, 't4');
  const figure = (table: StandardTable | undefined, rowId: string, columnId: string) => (table ? cellFigure(table, rowId, columnId) : undefined);
  const sum = (values: readonly (number | undefined)[]) => (values.every((value) => value !== undefined) ? values.reduce<number>((total, value) => total + value!, 0) : undefined);
  const newRequests = figure(t3, 'new', 'total');
  const disclosed = ratio(sum([figure(t3, 'open', 'total'), figure(t3, 'partial', 'total')]), figure(t3, 'sum', 'total'));
  const reconsiderationCorrected = ratio(figure(t4, 'cases', 'review.corrected'), figure(t4, 'cases', 'review.total'));
  const litigationCorrected = ratio(
    sum([figure(t4, 'cases', 'direct.corrected'), figure(t4, 'cases', 'after.corrected')]),
    sum([figure(t4, 'cases', 'direct.total'), figure(t4, 'cases', 'after.total')]),
  );
  return {
    ...(newRequests !== undefined ? { newRequests } : {}),
    ...(disclosed ? { disclosed } : {}),
    ...(reconsiderationCorrected ? { reconsiderationCorrected } : {}),
    ...(litigationCorrected ? { litigationCorrected } : {}),
  };
}

/** The report's 表三 or 表四 when it has exactly one: with two (a report of several bodies), which one is meant is unknown. */
function onlyTable(report: Report, id: string): StandardTable | undefined {
  const tables = report.tables.filter((table): table is StandardTable => table.kind === 'standard' && table.spec.id === id);
  return tables.length === 1 ? tables[0] : undefined;
}

/**
 * A cell's figure: a number, or 0 written as a mark ("-", "无"). An empty cell is not read as 0 here (unlike the
 * equations, where it adds nothing either way): the report does not say the figure.
 */
function cellFigure(table: StandardTable, rowId: string, columnId: string): number | undefined {
  const cell = valueCell(table, rowId, columnId);
  if (!cell) return undefined;
  if (cell.value.kind === 'number') return cell.value.value;
  return cell.value.kind === 'blank' && cell.cell.text.trim() !== '' ? 0 : undefined;
}

/** part over whole; none without a whole, or when the part exceeds it (the table is wrong, and so would the share be) */
function ratio(part: number | undefined, whole: number | undefined): Ratio | undefined {
  if (part === undefined || whole === undefined || whole <= 0 || part < 0 || part > whole) return undefined;
  return { part, whole, share: part / whole };
}
