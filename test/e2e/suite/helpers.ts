import * as vscode from 'vscode';

export const EXTENSION_ID = 'gkreport.gkreport';

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'gkreport');
}

/** Waits on diagnostics events, not on sleeps; fails with what it has at the deadline. */
export async function waitForDiagnostics(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const current = ours(uri);
  if (predicate(current)) return current;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for diagnostics on ${uri.toString()}; have ${JSON.stringify(ours(uri).map((d) => [d.code, d.message]))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = ours(uri);
      if (predicate(diagnostics)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

interface PublicationApi {
  readonly publishedVersion: (uri: string) => number | undefined;
  readonly onDidPublish: vscode.Event<{ readonly uri: string; readonly version: number }>;
}

/**
 * Waits until the server has published its diagnostics for the document's current version: "no diagnostics" is only
 * an answer after that (before it, an empty list may just mean the check has not run yet).
 */
export async function waitForPublication(document: vscode.TextDocument, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const extension = vscode.extensions.getExtension<PublicationApi>(EXTENSION_ID)!;
  const api = extension.isActive ? extension.exports : await extension.activate();
  const uri = document.uri.toString();
  const done = () => (api.publishedVersion(uri) ?? -1) >= document.version;
  if (!done()) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.dispose();
        reject(new Error(`timed out waiting for the publication of ${uri} version ${document.version}`));
      }, timeoutMs);
      const subscription = api.onDidPublish(() => {
        if (!done()) return;
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      });
    });
  }
  return ours(document.uri);
}

export function code(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

export async function openReport(name: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

export function rangeOf(document: vscode.TextDocument, needle: string, fromLine = 0): vscode.Range {
  for (let line = fromLine; line < document.lineCount; line++) {
    const at = document.lineAt(line).text.indexOf(needle);
    if (at >= 0) return new vscode.Range(line, at, line, at + needle.length);
  }
  throw new Error(`"${needle}" not in ${document.uri.toString()}`);
}

/** Waits (on tab events) for a tab; fails with the tabs open at the deadline. */
export async function waitForTab(predicate: (tab: vscode.Tab) => boolean, timeoutMs = 10000): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(predicate);
  const found = find();
  if (found) return found;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no such tab; open: ${vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.label).join(', ')}`));
    }, timeoutMs);
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (!tab) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(tab);
    });
  });
}

/**
 * 标记为已核实… on the document's finding of the rule, and that finding. Asked until offered: right after the server
 * starts (or restarts) it publishes in VS Code's display language, then again once it has read the settings
 * (gkreport.locale), and a request that meets that change is cancelled or finds no finding of its message.
 */
export async function markReviewedAction(document: vscode.TextDocument, rule: string, timeoutMs = 15000): Promise<{ target: vscode.Diagnostic; mark: vscode.CodeAction }> {
  let seen = '';
  for (let waited = 0; ; waited += 300) {
    const target = (await waitForPublication(document)).find((d) => code(d) === rule);
    const actions = target
      ? await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value).then((found) => found, () => [])
      : [];
    const mark = actions.find((action) => action.command?.command === 'gkreport.markReviewed');
    if (target && mark) return { target, mark };
    seen = `${target?.message ?? `no ${rule}`}: ${actions.map((action) => action.title).join(', ') || 'no actions'}`;
    if (waited >= timeoutMs) throw new Error(`no 标记为已核实… on ${rule} in ${document.uri.toString()}; last seen ${seen}, among ${ours(document.uri).map((d) => d.message).join(' / ')}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
