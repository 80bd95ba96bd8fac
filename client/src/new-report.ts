import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

type ReportKind = 'department' | 'region';

/** What gkreport.server.newReport answers (server/src/core/authoring/new-report.ts). */
interface NewReport {
  readonly title: string;
  readonly text: string;
  readonly carriedFrom?: number;
}

/** Characters no file name may hold on Windows, macOS or Linux (a unit is typed freely: "某市/某区"). */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * 新建年度报告: unit, year, kind and where to save it → the template, saved at once as "{单位}{年份}年政府信息公开工作年度报告.md"
 * (in the workspace folder, or a folder the user picks) and opened, with last year's carry-over when the workspace has
 * it. Called with arguments (unit, year, kind, folder) it asks nothing: the folder defaults to the first workspace folder.
 */
export async function newReport(
  client: LanguageClient | undefined, unitArgument?: string, yearArgument?: number, kindArgument?: ReportKind, folderArgument?: vscode.Uri | string,
): Promise<vscode.TextDocument | undefined> {
  const asked = unitArgument === undefined || yearArgument === undefined || kindArgument === undefined;
  const unit = unitArgument ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Unit name (as in the title, e.g. 某市某局)'), ignoreFocusOut: true }));
  if (!unit?.trim()) return undefined;
  const defaultYear = String(new Date().getFullYear() - 1);
  const yearText = yearArgument !== undefined ? String(yearArgument) : await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Report year'), value: defaultYear, ignoreFocusOut: true,
    validateInput: (value) => (/^(19|20)\d{2}$/.test(value.trim()) ? undefined : vscode.l10n.t('A four-digit year, e.g. {0}', defaultYear)),
  });
  if (!yearText) return undefined;
  const kind = kindArgument ?? (await vscode.window.showQuickPick([
    { label: vscode.l10n.t("A department's report"), reportKind: 'department' as const },
    { label: vscode.l10n.t("A region's consolidated report (本级政府)"), reportKind: 'region' as const },
  ], { placeHolder: vscode.l10n.t('Kind of report') }))?.reportKind;
  if (!kind) return undefined;
  const folder = folderArgument !== undefined
    ? (typeof folderArgument === 'string' ? vscode.Uri.parse(folderArgument) : folderArgument)
    : await chooseFolder(asked);
  if (!folder) return undefined;
  const result = (await client?.sendRequest('workspace/executeCommand', {
    command: 'gkreport.server.newReport',
    arguments: [{ unit: unit.trim(), year: Number(yearText.trim()), kind }],
  })) as NewReport | undefined;
  if (!result) return undefined;
  const file = await freeName(folder, result.title.replace(NOT_IN_FILE_NAMES, '').trim() || 'report');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
  const document = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(document);
  const saved = vscode.workspace.asRelativePath(file, false);
  const nextSteps = vscode.l10n.t('Saved as {0}. Next: Tab goes from cell to cell of a table, fill in each 填写 and write each section; the status bar and the Problems panel show what is left.', saved);
  const carried = result.carriedFrom ? ` ${vscode.l10n.t('上年结转 and 现行有效件数 carried over from the {0} report.', result.carriedFrom)}` : '';
  void vscode.window.showInformationMessage(nextSteps + carried);
  return document;
}

/**
 * The folder of the new report: a workspace folder, or one picked in the open dialog (with no workspace, or when the
 * user asks for another). Without questions (the command called with its arguments), the first workspace folder.
 */
async function chooseFolder(ask: boolean): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length > 0 && !ask) return folders[0].uri;
  const other = async () => (await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folders[0]?.uri, openLabel: vscode.l10n.t('Save the report here'),
  }))?.[0];
  if (folders.length === 0) return other();
  const choice = await vscode.window.showQuickPick([
    ...folders.map((folder) => ({ label: folder.name, description: vscode.l10n.t('workspace folder'), folder: folder.uri as vscode.Uri | undefined })),
    { label: vscode.l10n.t('Another folder…'), description: '', folder: undefined },
  ], { placeHolder: vscode.l10n.t('Where to save the report') });
  if (!choice) return undefined;
  return choice.folder ?? other();
}

/** "{title}.md" in the folder, or "{title}（2）.md" … when a file of that name is there: an existing report is never overwritten. */
export async function freeName(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let count = 1; ; count++) {
    const candidate = vscode.Uri.joinPath(folder, count === 1 ? `${base}.md` : `${base}（${count}）.md`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}
