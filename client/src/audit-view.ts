import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** gkreport/auditPage: the audit page over the workspace's reports, as `gkreport check --format html` writes it */
interface AuditPage {
  readonly html: string;
  readonly reports: number;
  /** the page names each report by its path in the workspace; this gives the file it is */
  readonly files: Readonly<Record<string, string>>;
}

/** The audit page's tab while it is open, and the reports its page names. */

/** What the page's links ask for: a report's line, opened in the editor. */
interface OpenLine { readonly open: string; readonly line: number }

/**
 * 审阅页: after 检查工作区, the page the CLI writes for a folder of reports, in a webview. The page is the CLI's own
 * (inline CSS, one inline script, SVG): the webview allows exactly that — its script and its style by a nonce —
 * and nothing remote. A finding's line number opens the report at that line.
 */
export class AuditPageView {
  /** one page at a time: checking again after fixing shows the new page in the same tab, not a second, stale one */
  #shown: { readonly panel: vscode.WebviewPanel; files: AuditPage['files'] } | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: () => LanguageClient | undefined) {}

  /** Resolves to the HTML shown (a command's result crosses to its caller as JSON: the panel would not), or undefined. */
  async show(): Promise<string | undefined> {
    const nonce = randomBytes(16).toString('base64');
    let page: AuditPage | null | undefined;
    try {
      // the page speaks the language the server's messages do (gkreport.locale, else VS Code's)
      page = await this.client()?.sendRequest<AuditPage | null>('gkreport/auditPage', { nonce });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The audit page could not be made: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    if (!page) return undefined;
    if (page.reports === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The workspace holds no annual report to audit.'));
      return undefined;
    }
    const shown = this.#shown ?? this.#open();
    shown.panel.reveal();
    shown.files = page.files;
    shown.panel.webview.html = withPolicy(page.html, nonce);
    return shown.panel.webview.html;
  }

  #open(): { readonly panel: vscode.WebviewPanel; files: AuditPage['files'] } {
    const panel = vscode.window.createWebviewPanel('gkreport.audit', vscode.l10n.t('Audit page'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      // a reviewer goes to a report and back: the page keeps its sorting, filter and scroll (one panel, one page)
      retainContextWhenHidden: true,
      // nothing from disk: the page is one string
      localResourceRoots: [],
    });
    const shown = { panel, files: {} as AuditPage['files'] };
    panel.webview.onDidReceiveMessage((message: unknown) => void openLine(message, shown.files), undefined, this.context.subscriptions);
    panel.onDidDispose(() => { this.#shown = undefined; }, undefined, this.context.subscriptions);
    this.#shown = shown;
    return shown;
  }
}

/**
 * The page (made with the nonce on its script and its style) with a CSP first in its head, and the bridge that
 * opens a finding's line. The page has no style attributes and no images, so the nonce is all it needs.
 */
export function withPolicy(html: string, nonce: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">`;
  const bridge = `<script nonce="${nonce}">${BRIDGE}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${policy}${html}${bridge}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${policy}${html.slice(at).replace(/<\/body>/i, `${bridge}</body>`)}`;
}

/**
 * In the webview: a finding's line number (data-line, inside its report's section with data-path) opens that line
 * in the editor. Styled through the CSSOM, which the policy allows, so the page itself stays as the CLI writes it.
 */
const BRIDGE = `(() => {
  const vscode = acquireVsCodeApi();
  for (const cell of document.querySelectorAll('[data-line]')) {
    cell.style.cursor = 'pointer';
    cell.style.textDecoration = 'underline';
  }
  document.addEventListener('click', (event) => {
    const cell = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    const report = cell ? cell.closest('[data-path]') : null;
    if (!cell || !report) return;
    event.preventDefault();
    vscode.postMessage({ open: report.getAttribute('data-path'), line: Number(cell.getAttribute('data-line')) });
  });
})();`;

async function openLine(message: unknown, files: AuditPage['files']): Promise<void> {
  // only the reports on the page: the page is ours, but a message is still input
  if (!isOpenLine(message) || !Object.hasOwn(files, message.open)) return;
  const uri = vscode.Uri.parse(files[message.open]);
  const line = Math.max(0, message.line - 1);
  const position = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.Beside });
}

function isOpenLine(message: unknown): message is OpenLine {
  if (typeof message !== 'object' || message === null) return false;
  const { open, line } = message as Record<string, unknown>;
  return typeof open === 'string' && typeof line === 'number' && Number.isInteger(line) && line >= 1;
}
