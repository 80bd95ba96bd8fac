import type { Locale, Severity } from '../../core';

/** The page's own words (the findings' messages come rendered in the check's locale). */
const STRINGS = {
  title: { zh: '政府信息公开工作年度报告审核汇总', en: 'Annual disclosure reports: audit' },
  generated: { zh: '生成时间', en: 'Generated' },
  navSummary: { zh: '汇总', en: 'Summary' },
  navTable: { zh: '报告列表', en: 'Reports' },
  navCharts: { zh: '图表', en: 'Charts' },
  navReports: { zh: '逐份报告', en: 'Each report' },
  summary: { zh: '汇总', en: 'Summary' },
  reports: { zh: '报告', en: 'Reports' },
  findings: { zh: '问题', en: 'Findings' },
  equations: { zh: '勾稽关系', en: 'Reconciliation equations' },
  held: { zh: '成立', en: 'hold' },
  failed: { zh: '不成立', en: 'fail' },
  late: { zh: '逾期发布', en: 'Published late' },
  // the 2019 条例's art. 49 (31 January; a region's report 31 March), the 2008 one's art. 31 (31 March)
  lateNote: { zh: '晚于《条例》规定的发布期限', en: 'after the deadline the Regulations set' },
  noDate: { zh: '未写明发布日期', en: 'no publication date stated' },
  unreadable: { zh: '无法读取', en: 'Unreadable' },
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  info: { zh: '提示', en: 'Infos' },
  hint: { zh: '提醒', en: 'Hints' },
  reviewed: { zh: '已核实', en: 'Reviewed' },
  severityError: { zh: '错误', en: 'error' },
  severityWarning: { zh: '警告', en: 'warning' },
  severityInfo: { zh: '提示', en: 'info' },
  severityHint: { zh: '提醒', en: 'hint' },
  unknownFormat: { zh: '未识别', en: 'unrecognised' },
  format: { zh: '格式', en: 'Format' },
  formatEra: { zh: '{era} 年版', en: '{era} format' },
  unit: { zh: '单位', en: 'Unit' },
  year: { zh: '年度', en: 'Year' },
  errorsShort: { zh: '错误', en: 'Errors' },
  warningsShort: { zh: '警告', en: 'Warnings' },
  equationsShort: { zh: '勾稽', en: 'Equations' },
  prose: { zh: '文表不符', en: 'Prose ≠ tables' },
  script: { zh: '繁体', en: 'Traditional' },
  punctuation: { zh: '半角标点', en: 'Half-width' },
  repeat: { zh: '与上年重复', en: 'Repeats last year' },
  published: { zh: '发布日期', en: 'Published' },
  daysLate: { zh: '逾期 {days} 天', en: '{days} days late' },
  filterText: { zh: '筛选单位或文件', en: 'Filter by unit or file' },
  allFormats: { zh: '全部格式', en: 'All formats' },
  onlyErrors: { zh: '只看有错误的', en: 'Only with errors' },
  shown: { zh: '显示 {shown} / {total} 份', en: 'Showing {shown} of {total}' },
  sortHint: { zh: '点击列标题排序', en: 'Click a column heading to sort' },
  charts: { zh: '图表', en: 'Charts' },
  byRule: { zh: '各规则的问题数（不含提醒与已核实）', en: 'Findings by rule (hints and reviewed ones apart)' },
  applications: { zh: '依申请公开：各单位对比', en: 'Requests for disclosure: units compared' },
  newRequests: { zh: '本年新收申请（件）', en: 'New requests this year' },
  disclosedShare: { zh: '予以公开 + 部分公开 占办理结果', en: 'Disclosed + partly disclosed, share of results' },
  reconsiderationShare: { zh: '行政复议 结果纠正 占总计', en: 'Reconsideration: corrected, share of total' },
  litigationShare: { zh: '行政诉讼 结果纠正 占总计', en: 'Litigation: corrected, share of total' },
  notStated: { zh: '未填或无法读取', en: 'not stated or unreadable' },
  noFigures: { zh: '没有可读取的表三、表四数据', en: 'No readable 表三 / 表四 figures' },
  noFindings: { zh: '没有发现问题', en: 'No findings' },
  path: { zh: '路径', en: 'Path' },
  sourceDocx: { zh: 'Word 文件（按导入的文本检查，行号指导入的文本）', en: 'Word file (checked as imported; lines of the imported text)' },
  sourceHtml: { zh: '网页（按导入的文本检查，行号指导入的文本）', en: 'web page (checked as imported; lines of the imported text)' },
  severity: { zh: '级别', en: 'Severity' },
  rule: { zh: '规则', en: 'Rule' },
  line: { zh: '行', en: 'Line' },
  message: { zh: '说明', en: 'Message' },
  lineText: { zh: '该行原文', en: 'Text of the line' },
  reviewedMark: { zh: '已核实：{reason}', en: 'reviewed: {reason}' },
  moreHints: { zh: '另有 {count} 条提醒', en: '{count} more hints' },
  hintsCut: { zh: '只列出前 {shown} 条；全部提醒见 --format csv 或 json', en: 'Only the first {shown} are listed; --format csv or json has them all' },
  tables: { zh: '表格（按公文格式，标出有错误或警告的单元格）', en: 'Tables (official layout; cells with an error or warning marked)' },
  noTables: { zh: '没有可按公文格式显示的表格', en: 'No table to show in the official layout' },
  backToTop: { zh: '回到列表', en: 'Back to the list' },
  noReports: { zh: '没有报告', en: 'No reports' },
  notAnnual: { zh: '不是年度报告，未做结构检查', en: 'not recognisably an annual report: structure not checked' },
  previous: { zh: '与 {name} 比较', en: 'compared with {name}' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type StringKey = keyof typeof STRINGS;

/** One of the page's words in the locale, its {placeholders} filled (the caller escapes the result). */
export function say(locale: Locale, key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template = locale === 'en' ? STRINGS[key].en : STRINGS[key].zh;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** a label's colon: full width in Chinese, ": " in English */
export const colon = (locale: Locale): string => (locale === 'en' ? ': ' : '：');

/** an aside in brackets: （…） in Chinese, " (…)" in English */
export const aside = (locale: Locale, text: string): string => (locale === 'en' ? ` (${text})` : `（${text}）`);

const SEVERITY_WORDS: Readonly<Record<Severity, StringKey>> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo', hint: 'severityHint' };

/** "3 错误" / "3 errors", "1 error" */
export function countOf(locale: Locale, severity: Severity, count: number): string {
  const word = say(locale, SEVERITY_WORDS[severity]);
  return locale === 'en' && count !== 1 ? `${count} ${word}s` : `${count} ${word}`;
}

/** A severity as a word ("错误", "error"). */
export const severityWord = (locale: Locale, severity: Severity): string => say(locale, SEVERITY_WORDS[severity]);
