import * as vscode from 'vscode';

/** A place a clicked code lens goes to (server/src/lsp/requests.ts, GO_TO_LENS_TARGET), as it comes over the wire. */
interface WireTarget {
  readonly label: string;
  readonly detail?: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface TargetItem extends vscode.QuickPickItem {
  readonly range: vscode.Range;
}

/**
 * gkreport.goToLensTarget: a table's code lens, clicked. It selects the first target (the first failing cell, or the
 * first cell to fill); when several equations fail it also lists them in a quick pick that goes to the one chosen
 * (and shows each as it is highlighted). The command returns once the first cell is selected, not when the pick closes.
 */
export function registerLensTargets(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('gkreport.goToLensTarget', async (uri: string, targets: readonly WireTarget[]) => {
    if (typeof uri !== 'string' || !Array.isArray(targets) || targets.length === 0) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(document);
    const items: TargetItem[] = targets.map((target) => ({
      label: target.label,
      detail: target.detail,
      description: vscode.l10n.t('line {0}', target.range.start.line + 1),
      range: new vscode.Range(target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character),
    }));
    const select = (range: vscode.Range) => {
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    };
    select(items[0].range);
    if (items.length > 1) pick(items, select);
  }));
}

function pick(items: readonly TargetItem[], select: (range: vscode.Range) => void): void {
  const quickPick = vscode.window.createQuickPick<TargetItem>();
  quickPick.title = vscode.l10n.t('Failing reconciliation equations');
  quickPick.placeholder = vscode.l10n.t('Go to the cell of an equation that fails');
  quickPick.matchOnDetail = true;
  quickPick.items = items;
  quickPick.activeItems = [items[0]];
  quickPick.onDidChangeActive(([active]) => active && select(active.range));
  quickPick.onDidAccept(() => {
    const [chosen] = quickPick.selectedItems.length > 0 ? quickPick.selectedItems : quickPick.activeItems;
    if (chosen) select(chosen.range);
    quickPick.hide();
  });
  quickPick.onDidHide(() => quickPick.dispose());
  quickPick.show();
}
