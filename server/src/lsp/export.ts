import { z } from 'zod';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { EXPORT_TARGETS, isMarkdownPath, type ExportTarget } from '../writers/targets';
import type { RequestHost } from './requests';

export const EXPORT_REPORT = 'gkreport/export';

const EXPORT_PARAMS = z.object({
  textDocument: z.object({ uri: z.string().min(1) }),
  version: z.number().int().optional(),
  to: z.enum(EXPORT_TARGETS as [ExportTarget, ...ExportTarget[]]),
});

export interface ExportResult {
  /** the exported file, base64 (a JSON-RPC message carries text) */
  readonly base64: string;
  /** the version of the document it was made from */
  readonly version: number;
}

/**
 * gkreport/export: an open document as a .docx or an HTML page in the official layout. The writers run here, where
 * the core is, and the bytes go back to the client, which writes the file where the user agreed (the server writes
 * nothing to disk). Null: the document is not open, or the client's version is not its current one.
 */
export function listenForExport(host: Pick<RequestHost, 'connection' | 'guard' | 'documents'>): void {
  host.connection.onRequest(EXPORT_REPORT, host.guard.request('export', null, async (params: unknown): Promise<ExportResult | null> => {
    const parsed = EXPORT_PARAMS.safeParse(params);
    if (!parsed.success) throw new ResponseError(ErrorCodes.InvalidParams, `${EXPORT_REPORT} expects { textDocument: { uri: string }, version?: integer, to: "docx" | "html" }; got ${JSON.stringify(params) ?? 'nothing'}`);
    const { textDocument, version, to } = parsed.data;
    const document = host.documents.get(textDocument.uri);
    if (!document || (version !== undefined && version !== document.version)) return null;
    // a Markdown document joins a paragraph's lines; a .txt or report-language file is one paragraph per line
    const markdown = document.languageId === 'markdown' || isMarkdownPath(textDocument.uri);
    // the writers (docx) load with the first export, not with the server
    const { exportReport } = require('../writers/export') as typeof import('../writers/export');
    const bytes = await exportReport(document.getText(), { to, markdown });
    return { base64: Buffer.from(bytes).toString('base64'), version: document.version };
  }));
}
