import { z } from 'zod';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { normalizeLocale, reportFacts, type Locale } from '../core';
import type { RequestHost } from './requests';
import type { Workspace } from './workspace';

export const AUDIT_PAGE = 'gkreport/auditPage';

const AUDIT_PARAMS = z.object({
  locale: z.string().optional(),
  /** the webview's Content-Security-Policy allows the page's inline script and style by this nonce */
  nonce: z.string().regex(/^[A-Za-z0-9+/=]{8,}$/).optional(),
}).optional();

export interface AuditPageResult {
  /** the page `gkreport check --format html` writes, over the workspace's annual reports */
  readonly html: string;
  readonly reports: number;
  /** the path the page names each report by → its file: URI (the client opens a finding's line from the page) */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * gkreport/auditPage: the audit page over every annual report of the workspace folders, made here where the
 * checker is, after (or without) the workspace check; the client shows it in a webview. The page writer loads
 * with the first page, not with the server.
 */
export function listenForAuditPage(host: Pick<RequestHost, 'connection' | 'guard' | 'exclusive'> & {
  readonly workspace: Workspace;
  readonly locale: () => Locale;
}): void {
  host.connection.onRequest(AUDIT_PAGE, host.guard.request('auditPage', null, async (params: unknown): Promise<AuditPageResult> => {
    const parsed = AUDIT_PARAMS.safeParse(params);
    if (!parsed.success) throw new ResponseError(ErrorCodes.InvalidParams, `${AUDIT_PAGE} expects { locale?: string, nonce?: base64 string }; got ${JSON.stringify(params) ?? 'nothing'}`);
    const locale = parsed.data?.locale ? normalizeLocale(parsed.data.locale) : host.locale();
    const reports = await host.exclusive(() => host.workspace.reports());
    const { auditPage } = require('../writers/export') as typeof import('../writers/export');
    const entries = reports.map(({ path, analysis }) => ({ path, report: analysis.report, findings: analysis.findings, facts: reportFacts(analysis) }));
    const html = auditPage(entries, { locale, generated: new Date(), ...(parsed.data?.nonce ? { nonce: parsed.data.nonce } : {}) });
    return { html, reports: reports.length, files: Object.fromEntries(reports.map((report) => [report.path, report.uri])) };
  }));
}
