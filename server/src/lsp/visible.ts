import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Report } from '../core';

/**
 * The languages whose documents the client sends whatever their content. The others reach the server too (every
 * untitled document, a .txt or .md file in another mode: client/src/detect.ts), for when they hold a report.
 */
const REPORT_LANGUAGES = new Set(['gkreport', 'markdown', 'plaintext']);

/**
 * Whether the editor shows an analysis's findings and offers its fixes: an annual report, a file of the report
 * language, a file too large or too garbled to tell (analysis.applies); in another language (code in an untitled
 * editor, a CMakeLists.txt) only an annual report by its content, so that the server stays silent on everything else.
 */
export function shown(document: TextDocument, analysis: Analysis): boolean {
  return REPORT_LANGUAGES.has(document.languageId) ? analysis.applies : isEvidentReport(analysis.report);
}

/**
 * An annual report by more than its title: two of the prescribed sections, or one of the prescribed tables. A title
 * alone makes a report (a draft has only its title), but in code or a note one line naming a 年报 ("# 生成年报的脚本")
 * is no evidence: a document of another language, and the offer to switch to the report language, need more.
 */
export function isEvidentReport(report: Report): boolean {
  if (!report.isAnnualReport) return false;
  const prescribed = new Set(report.sections.filter((section) => section.spec).map((section) => section.spec!.id));
  return prescribed.size >= 2 || report.tables.some((table) => table.kind === 'standard');
}

/**
 * Completion, outline and folding: in the report languages always (a draft that is not yet a report has its
 * outline); in another language only for an annual report, so that the editor's own features for it stay.
 */
export function offered(document: TextDocument, analysis: Analysis): boolean {
  return REPORT_LANGUAGES.has(document.languageId) || isEvidentReport(analysis.report);
}
