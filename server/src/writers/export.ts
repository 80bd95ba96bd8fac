import { documentBlocks, parseReport } from '../core';
import { writeDocx } from './docx';
import { writeHtml } from './html';
import type { ExportTarget } from './targets';

export { defaultExportPath, EXPORT_TARGETS, isMarkdownPath, type ExportTarget } from './targets';
// the audit page rides in the same lazily loaded bundle (dist/writers.js): a check without --format html never loads it
export { auditPage, auditTotals, type AuditEntry, type AuditOptions, type AuditTotals } from './audit';

/**
 * The report's text as a .docx (bytes) or an HTML page (UTF-8 bytes), in the official layout. The hosts load this
 * module only when an export runs (`import()`): docx is most of the bundle's weight and a check never needs it.
 */
export async function exportReport(text: string, options: { readonly to: ExportTarget; readonly markdown: boolean }): Promise<Uint8Array> {
  const blocks = documentBlocks(parseReport(text), { markdown: options.markdown });
  return options.to === 'docx' ? writeDocx(blocks) : new TextEncoder().encode(writeHtml(blocks));
}
