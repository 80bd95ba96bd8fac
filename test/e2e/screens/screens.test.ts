import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { code, markReviewedAction, openReport, rangeOf, waitForDiagnostics, waitForTab } from '../suite/helpers';

const directory = process.env.E2E_SCREENSHOT_DIR!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks the driver for a screenshot of the window as it is now, and waits until it is taken. */
async function capture(name: string): Promise<void> {
  await pause(1200);
  fs.writeFileSync(path.join(directory, `${name}.request`), '');
  const done = path.join(directory, `${name}.done`);
  for (let waited = 0; !fs.existsSync(done) && waited < 20000; waited += 100) await pause(100);
  fs.rmSync(done, { force: true });
}

interface Probe { readonly found: boolean; readonly text?: string; readonly hidden?: boolean; readonly top?: number; readonly styles?: Record<string, string>; readonly error?: string }

/** Asks the driver about an element inside a webview (the extension host cannot see a webview's page), clicking it if asked. */
async function probe(name: string, request: { selector: string; styles?: string[]; click?: boolean }): Promise<Probe> {
  const done = path.join(directory, `${name}.done`);
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(directory, `${name}.probe`), JSON.stringify(request));
  for (let waited = 0; !fs.existsSync(done) && waited < 20000; waited += 100) await pause(100);
  const answer = JSON.parse(fs.readFileSync(done, 'utf8')) as Probe;
  fs.rmSync(done, { force: true });
  return answer;
}

async function placeCursor(editor: vscode.TextEditor, range: vscode.Range): Promise<void> {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}

suite('README screenshots', () => {
  test('a report with squiggles, the hover with an equation, the quick-fix menu, the outline, the aligned tables', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const { document, editor } = await openReport('2021-mistakes.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await placeCursor(editor, rangeOf(document, '| 70 |'));
    await capture('squiggles');

    await vscode.commands.executeCommand('workbench.action.closePanel');
    const cell = rangeOf(document, '| 60 |');
    await placeCursor(editor, new vscode.Range(cell.start.translate(0, 2), cell.start.translate(0, 4)));
    await vscode.commands.executeCommand('editor.action.showHover');
    await capture('hover');

    await vscode.commands.executeCommand('editor.action.hideHover');
    const culprit = rangeOf(document, '| 70 |');
    await placeCursor(editor, new vscode.Range(culprit.start.translate(0, 2), culprit.start.translate(0, 4)));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await capture('quickfix');

    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('outline.focus');
    await capture('outline');

    // Format Document on the report: its tables aligned by display width
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await editor.edit((builder) => builder.replace(rangeOf(document, '| 一、本年新收政府信息公开申请数量 |'), '|一、本年新收政府信息公开申请数量|'));
    await vscode.commands.executeCommand('editor.action.formatDocument');
    // Markdown wraps long lines by default: a wide table is seen aligned with wrapping off, in a font whose Chinese
    // characters are exactly two Latin ones wide (what display width assumes; README says so)
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    const editorSettings = vscode.workspace.getConfiguration('editor');
    await editorSettings.update('fontFamily', "'Noto Sans Mono CJK SC', monospace", vscode.ConfigurationTarget.Global);
    await placeCursor(editor, rangeOf(document, '二、上年结转政府信息公开申请数量'));
    await capture('aligned');
    await editorSettings.update('fontFamily', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the Markdown preview: 表三 in the template layout, the failing cells marked', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { document, editor } = await openReport('2021-mistakes.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    await vscode.commands.executeCommand('markdown.showPreviewToSide');
    await pause(2500);
    // the preview follows the editor's scrolling: 表三's header at the top of both
    const header = rangeOf(document, '（本列数据的勾稽关系为');
    editor.selection = new vscode.Selection(header.start, header.start);
    editor.revealRange(header, vscode.TextEditorRevealType.AtTop);
    await pause(1500);
    await capture('preview');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the audit page in VS Code: styled, its script run, a finding\'s line opens the report at that line', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const html = await vscode.commands.executeCommand<string | undefined>('gkreport.openAuditPage');
    assert.ok(html, 'no audit page was shown');
    await waitForTab((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('gkreport.audit'));
    // the page's style applies (its sticky header), its script ran (the filter count it writes, the controls it shows)
    const header = await probe('audit-header', { selector: 'header.top', styles: ['position'] });
    assert.deepStrictEqual([header.found, header.styles?.position], [true, 'sticky'], JSON.stringify(header));
    const count = await probe('audit-count', { selector: '#filter-count' });
    assert.match(count.text ?? '', /^显示 \d+ \/ \d+ 份$/, JSON.stringify(count));
    assert.strictEqual(count.hidden, false, 'the controls the script shows are hidden');
    // the webview's own default styles (put before the page's) do not show through: no body padding, no code pill
    const body = await probe('audit-body', { selector: 'body:has(> header.top)', styles: ['padding-left'] });
    const pathCode = await probe('audit-code', { selector: '.meta code', styles: ['background-color'] });
    assert.deepStrictEqual([body.styles, pathCode.styles], [{ 'padding-left': '0px' }, { 'background-color': 'rgba(0, 0, 0, 0)' }]);
    await capture('audit-vscode');

    // a report's name in the table leads to its section (VS Code's webview scrolls to a fragment itself)
    const section = /<section id="([^"]+)"[^>]*data-path="2021-mistakes\.md"/.exec(html)?.[1];
    assert.ok(section, 'no section of 2021-mistakes.md on the page');
    assert.ok((await probe('audit-link', { selector: `#reports a[href="#${section}"]`, click: true })).found);
    const reached = await probe('audit-section', { selector: `#${section}` });
    assert.ok(reached.top !== undefined && reached.top >= 0 && reached.top < 200, `the section is not in view: ${JSON.stringify(reached)}`);

    // a finding's line number, underlined by the bridge, opens the report beside at that line
    const line = /<section[^>]*data-path="2021-mistakes\.md"[\s\S]*?<td class="n" data-line="(\d+)">/.exec(html)?.[1];
    assert.ok(line, 'no finding of 2021-mistakes.md with a line on the page');
    const clicked = await probe('audit-click', { selector: `section[data-path="2021-mistakes.md"] td[data-line="${line}"]`, styles: ['text-decoration-line', 'cursor'], click: true });
    assert.deepStrictEqual([clicked.found, clicked.styles], [true, { 'text-decoration-line': 'underline', cursor: 'pointer' }], JSON.stringify(clicked));
    for (let waited = 0; !vscode.window.activeTextEditor?.document.uri.path.endsWith('/2021-mistakes.md') && waited < 10000; waited += 100) await pause(100);
    const opened = vscode.window.activeTextEditor;
    assert.ok(opened?.document.uri.path.endsWith('/2021-mistakes.md'), `the report did not open: ${opened?.document.uri.toString()}`);
    assert.strictEqual(opened!.selection.active.line + 1, Number(line));
    // the page beside the report is narrow: the line's text keeps room to be read (the table scrolls sideways)
    const context = await probe('audit-context', { selector: 'section[data-path="2021-mistakes.md"] td.context', styles: ['width'] });
    assert.ok(parseFloat(context.styles?.width ?? '0') >= 120, `the line's text is squeezed: ${JSON.stringify(context.styles)}`);
    await capture('audit-line');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('标记为已核实…: the finding then shown as a hint with its reason', async () => {
    const { document, editor } = await openReport('2021-mistakes.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'prose-table-mismatch'));
    const { target, mark } = await markReviewedAction(document, 'prose-table-mismatch');
    assert.ok(mark.command);
    await placeCursor(editor, target.range);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await capture('review-menu');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []), '正文含上年结转，已核实');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'prose-table-mismatch' && x.severity === vscode.DiagnosticSeverity.Hint));
    await vscode.window.showTextDocument(document);
    await placeCursor(editor, target.range);
    await vscode.commands.executeCommand('editor.action.showHover');
    await capture('review');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
