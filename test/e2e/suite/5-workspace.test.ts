import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, openReport, waitForDiagnostics, waitForTab, workspaceFile } from './helpers';

interface GkreportApi {
  readonly checksInFlight: () => readonly string[];
  readonly onDidChangeCheckState: vscode.Event<{ readonly uri: string; readonly version: number; readonly state: 'started' | 'finished' }>;
}

function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === process.pid && command.includes('dist/server.js')) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

suite('workspace, settings and the server process', () => {
  const configuration = () => vscode.workspace.getConfiguration('gkreport');

  test('the workspace check command reports on reports that are not open', async () => {
    const uri = workspaceFile('unopened/county.md');
    await vscode.commands.executeCommand('gkreport.checkWorkspace');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    assert.ok(diagnostics.length > 0);
  });

  test('the audit page opens in a webview over the workspace reports, with a policy that allows nothing remote', async () => {
    const html = await vscode.commands.executeCommand<string | undefined>('gkreport.openAuditPage');
    assert.ok(html, 'no audit page was shown');
    const tab = await waitForTab((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.includes('gkreport.audit'));
    assert.ok(tab.label.length > 0);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'nonce-[^']+'/);
    assert.doesNotMatch(policy, /https?:|\*/, policy);
    // every script carries the nonce; the unopened county report is on the page with its path
    assert.ok([...html.matchAll(/<script\b[^>]*>/g)].every((tag) => tag[0].includes('nonce=')), 'a script without the nonce');
    assert.ok(html.includes('data-path="unopened/county.md"'), 'the unopened report is not on the page');
    // asked again (checked again after fixing): the new page in the same tab, not a second, stale one
    const again = await vscode.commands.executeCommand<string | undefined>('gkreport.openAuditPage');
    assert.ok(again && again !== html, 'the page was not made again');
    const isPage = (candidate: vscode.Tab) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.includes('gkreport.audit');
    const pages = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(isPage).length;
    // closing the page's tab leaves none (a second tab would stay behind; the tabs' model follows the window late)
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    for (let waited = 0; pages() > 0 && waited < 5000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.strictEqual(pages(), 0, 'an audit page tab stayed open: the page was opened twice');
  });

  test('a rule set to off, then a severity changed, take effect without reload', async () => {
    const { document } = await openReport('seed-003.txt');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'missing-section'));
    await configuration().update('rules.missing-section', 'off', vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => code(x) === 'missing-section'));
    await configuration().update('rules.missing-section', 'warning', vscode.ConfigurationTarget.Workspace);
    const warned = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'missing-section'));
    assert.ok(warned.filter((d) => code(d) === 'missing-section').every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await configuration().update('rules.missing-section', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'missing-section' && x.severity === vscode.DiagnosticSeverity.Error));
  });

  test('the server killed in the middle of a check is restarted, and diagnostics come back intact', async function () {
    this.timeout(120000);
    const before = serverPids();
    assert.strictEqual(before.length, 1, `one server process expected, found ${before}`);
    const api = vscode.extensions.getExtension<GkreportApi>(EXTENSION_ID)!.exports;
    // start a long check (a report grown to ~900 KB of different figures), then kill the server while it runs
    const { document: big } = await openReport('seed-003.txt');
    const opened = big.version;
    const seen: string[] = [];
    const started = new Promise<number>((resolve, reject) => {
      const subscription = api.onDidChangeCheckState((event) => {
        seen.push(`${event.uri} v${event.version} ${event.state}`);
        if (event.uri !== big.uri.toString() || event.state !== 'started' || event.version <= opened) return;
        subscription.dispose();
        resolve(event.version);
      });
      setTimeout(() => reject(new Error(`no check of ${big.uri.toString()} after v${opened} started; seen: ${seen.join('; ')}`)), 30000);
    });
    // 100 copies whose figures all differ, so that the check reads each copy's tables and figures (identical copies
    // come from the caches at once) and runs long enough, in slices, for the kill to land in the middle
    const copies = Array.from({ length: 100 }, (_, copy) => `\n${big.getText().replace(/\d+/g, (number) => String(Number(number) + copy * 7))}`);
    const growth = new vscode.WorkspaceEdit();
    growth.insert(big.uri, new vscode.Position(big.lineCount, 0), copies.join(''));
    void vscode.workspace.applyEdit(growth);
    const version = await started;
    let finished = false;
    const watch = api.onDidChangeCheckState((event) => {
      if (event.uri === big.uri.toString() && event.version === version && event.state === 'finished') finished = true;
    });
    process.kill(before[0], 'SIGKILL');
    // the kill came while that check ran: the server said it started it and, killed, never that it finished
    // (a check done before the kill would have sent "finished" down the pipe, and it would arrive in this second)
    await new Promise((resolve) => setTimeout(resolve, 1000));
    watch.dispose();
    assert.ok(!finished, `the check of version ${version} had finished before the kill`);
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline && !serverPids().some((pid) => !before.includes(pid))) await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok(serverPids().some((pid) => !before.includes(pid)), 'a new server process');
    const { document } = await openReport('2021-complete.md');
    const line = document.lineAt(document.lineCount - 1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, line.range.end, '\n穗府办[2012]41号\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'doc-number-format'), 30000);
    const intact = await waitForDiagnostics(big.uri, (d) => d.some((x) => code(x) === 'duplicate-paragraph'), 30000);
    assert.ok(intact.some((d) => code(d) === 'missing-section'), 'the grown report is checked again by the new server');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
