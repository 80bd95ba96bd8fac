import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

/** The context key of the editor context menu's report commands (package.json menus): the active document is a report. */
const ACTIVE_REPORT = 'gkreport.activeReport';
const PROBLEMS = 'workbench.actions.view.problems';

/** What the server says of a report with each publication (server/src/core/features/status.ts); null: not a report. */
interface ReportStatus {
  readonly text: string;
  readonly tooltip: string;
}

interface StatusNotification {
  readonly uri: string;
  readonly version: number;
  readonly status: ReportStatus | null;
}

/** The status bar item as the user sees it (for the extension's API and its end-to-end tests). */
export interface StatusBarView {
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
  /** what a click runs */
  readonly command: string;
}

export interface ReportStatusBar {
  readonly view: () => StatusBarView;
  readonly onDidChange: vscode.Event<StatusBarView>;
  /** the version of the document the server last published diagnostics for (the status follows each publication) */
  readonly publishedVersion: (uri: string) => number | undefined;
  readonly onDidPublish: vscode.Event<{ readonly uri: string; readonly version: number }>;
}

/**
 * The status bar item of the active report ("年报 2021 · 错误 3 · 勾稽 40/43"): the server sends the numbers and the
 * text in its locale with each publication; hidden for documents that are not reports. A click opens the Problems panel.
 */
export function registerReportStatusBar(context: vscode.ExtensionContext, client: LanguageClient): ReportStatusBar {
  const item = vscode.window.createStatusBarItem('gkreport.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'gkreport';
  item.command = PROBLEMS;
  const statuses = new Map<string, ReportStatus>();
  const changed = new vscode.EventEmitter<StatusBarView>();
  const published = new Map<string, number>();
  const didPublish = new vscode.EventEmitter<{ uri: string; version: number }>();
  let visible = false;
  let activeReport: boolean | undefined;

  const view = (): StatusBarView => ({
    visible, text: visible ? item.text : '', tooltip: visible && typeof item.tooltip === 'string' ? item.tooltip : '', command: typeof item.command === 'string' ? item.command : item.command?.command ?? '',
  });

  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : statuses.get(uri);
    const before = JSON.stringify(view());
    if (status) {
      item.text = status.text;
      item.tooltip = status.tooltip;
      item.show();
    } else {
      item.hide();
    }
    visible = status !== undefined;
    if (activeReport !== visible) {
      activeReport = visible;
      void vscode.commands.executeCommand('setContext', ACTIVE_REPORT, visible);
    }
    if (JSON.stringify(view()) !== before) changed.fire(view());
  };

  context.subscriptions.push(
    item,
    changed,
    didPublish,
    client.onNotification('gkreport/reportStatus', (notification: StatusNotification) => {
      if (notification.status) statuses.set(notification.uri, notification.status);
      else statuses.delete(notification.uri);
      update();
      published.set(notification.uri, notification.version);
      didPublish.fire({ uri: notification.uri, version: notification.version });
    }),
    // a server that stopped says nothing more about any document until it publishes again
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) return;
      statuses.clear();
      published.clear();
      update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => update()),
    vscode.workspace.onDidCloseTextDocument((document) => {
      statuses.delete(document.uri.toString());
      published.delete(document.uri.toString());
      update();
    }),
  );
  update();
  return { view, onDidChange: changed.event, publishedVersion: (uri) => published.get(uri), onDidPublish: didPublish.event };
}
