#!/usr/bin/env node
// A stand-in for the `code` executable, for running VS Code extension integration tests
// OFFLINE in a real VS Code: code-server's bundled VS Code server (Node extension host)
// + VS Code's web workbench in headless Debian Chromium, driven by playwright-core.
//
// Accepts the same arguments @vscode/test-electron's runTests() passes to VS Code:
//   --extensionDevelopmentPath=DIR (repeatable) --extensionTestsPath=FILE
//   [--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER | FILE.code-workspace]
// other flags (--no-sandbox, --disable-updates, --skip-welcome, ...) are ignored.
// Exit code = the test runner's (0 = all passed), 124 on timeout, 2 on setup error.
// So it can be run directly, or used as runTests({ vscodeExecutablePath: <this file> }).
//
// How it works: code-server serves VS Code's web workbench; we open it with the standard
// `payload` query parameter carrying extensionDevelopmentPath/extensionTestsPath (the
// mechanism VS Code web uses for "Extension Development Host" windows). The extension and
// its tests run in the remote *Node* extension host spawned by the server (so
// vscode-languageclient/node can fork a Node language server). When the tests' run()
// settles, the workbench calls window.codeAutomationExit(code), which we expose.
//
// Env: CODE_SERVER_ENTRY (path to code-server's out/node/entry.js), CODE_SERVER_NODE (node
// binary for code-server; default: this node; must match code-server's major), CHROMIUM_PATH
// (/usr/bin/chromium), E2E_TIMEOUT_MS (180000), E2E_VERBOSE=1 (all server/browser logs),
// E2E_KEEP_TMP=1, E2E_CS_LOG (code-server --log level, default info), E2E_HONOR_PROFILE_DIRS=1.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const verbose = process.env.E2E_VERBOSE === '1';
const log = (...a) => console.log('[e2e]', ...a);

// ---- parse VS Code style CLI args -------------------------------------------------------
const args = { devPaths: [], testsPath: undefined, userDataDir: undefined, extensionsDir: undefined, target: undefined };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) { args.target = path.resolve(a); continue; }
  const [, name, inline] = m;
  const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'].includes(name);
  const value = takesValue ? (inline ?? argv[++i]) : undefined;
  if (name === 'extensionDevelopmentPath') { args.devPaths.push(path.resolve(value)); }
  else if (name === 'extensionTestsPath') { args.testsPath = path.resolve(value); }
  else if (name === 'user-data-dir') { args.userDataDir = path.resolve(value); }
  else if (name === 'extensions-dir') { args.extensionsDir = path.resolve(value); }
  else if (verbose) { log('ignoring flag', a); }
}
if (args.devPaths.length === 0) { args.devPaths.push(root); }
args.testsPath ??= path.join(root, 'out/test/e2e/suite/index.js');
args.target ??= path.join(root, 'test/e2e/workspace');

const codeServer = path.resolve(process.env.CODE_SERVER_ENTRY ??
  path.join(root, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 180000);
for (const [what, p] of [['code-server', codeServer], ['chromium', chromiumPath]]) {
  if (!existsSync(p)) { console.error(`[e2e] ${what} not found at ${p}`); process.exit(2); }
}

// ---- fresh, isolated state -------------------------------------------------------------
const tmp = mkdtempSync(path.join(tmpdir(), 'vscode-e2e-'));
// runTests() always passes --user-data-dir/--extensions-dir (.vscode-test/...). A reused
// user-data-dir restores the previous window state (open editors, ...), so by default every
// run gets fresh ones; E2E_HONOR_PROFILE_DIRS=1 uses the given directories instead.
const honorDirs = process.env.E2E_HONOR_PROFILE_DIRS === '1';
const userDataDir = (honorDirs && args.userDataDir) || path.join(tmp, 'user-data');
const extensionsDir = (honorDirs && args.extensionsDir) || path.join(tmp, 'extensions');
// Private HOME/XDG/TMPDIR: code-server writes ~/.config/code-server, ~/.local/share/code-server,
// VS Code ~/.cache/Microsoft and /tmp/vscode-{ipc,git}-*.sock, Chromium ~/.config/chromium.
const sandboxEnv = {
  HOME: path.join(tmp, 'home'),
  XDG_CONFIG_HOME: path.join(tmp, 'home/.config'),
  XDG_DATA_HOME: path.join(tmp, 'home/.local/share'),
  XDG_CACHE_HOME: path.join(tmp, 'home/.cache'),
  TMPDIR: path.join(tmp, 't'),
};
for (const d of [userDataDir, extensionsDir, path.join(userDataDir, 'User'), ...Object.values(sandboxEnv)]) {
  mkdirSync(d, { recursive: true });
}
// Workbench settings for the test window (merged into an existing settings.json).
// NB: VS Code *web* defaults files.autoSave to "afterDelay" -> test edits would be written
// to the fixture files on disk; desktop VS Code defaults to "off".
const settingsFile = path.join(userDataDir, 'User/settings.json');
let settings = {};
try { settings = JSON.parse(readFileSync(settingsFile, 'utf8')); } catch { /* none yet */ }
writeFileSync(settingsFile, JSON.stringify({
  'files.autoSave': 'off',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false, // built-in git extension: not needed, spawns git, leaves sockets
  ...settings,
}, null, 2));
const resultFile = path.join(tmp, 'result.json'); // written by the test runner, if it wants
const configFile = path.join(tmp, 'config.yaml');
writeFileSync(configFile, ''); // else code-server writes ~/.config/code-server/config.yaml

const freePort = () => new Promise((res, rej) => {
  const s = createServer(); s.unref(); s.on('error', rej);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
});
const port = await freePort();
const authority = `127.0.0.1:${port}`;

// ---- optionally install a packaged .vsix first (E2E_INSTALL_VSIX), as a user would ----------
if (process.env.E2E_INSTALL_VSIX) {
  const vsix = path.resolve(process.env.E2E_INSTALL_VSIX);
  log(`installing ${vsix}`);
  const { spawnSync } = await import('node:child_process');
  const installed = spawnSync(process.env.CODE_SERVER_NODE ?? process.execPath,
    [codeServer, '--config', configFile, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix],
    { env: { ...process.env, ...sandboxEnv, EXTENSIONS_GALLERY: '{}' }, encoding: 'utf8' });
  console.log(`[code-server] ${(installed.stdout + installed.stderr).trim()}`);
  if (installed.status !== 0) { console.error('[e2e] --install-extension failed'); process.exit(2); }
}

// ---- start code-server (VS Code server + web client) on loopback -------------------------
const csArgs = [
  codeServer,
  '--config', configFile,
  '--bind-addr', authority,
  '--auth', 'none',
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--disable-proxy', '--disable-file-downloads',
  '--ignore-last-opened',
  '--user-data-dir', userDataDir,
  '--extensions-dir', extensionsDir,
  '--log', process.env.E2E_CS_LOG ?? 'info',
  // the display language the extension follows (E2E_LOCALE, e.g. zh-cn); VS Code's own UI may stay English without a language pack
  ...(process.env.E2E_LOCALE ? ['--locale', process.env.E2E_LOCALE] : []),
];
log(`starting code-server on ${authority}`);
const cs = spawn(process.env.CODE_SERVER_NODE ?? process.execPath, csArgs, {
  env: {
    ...process.env,
    ...sandboxEnv,
    E2E_RESULT_FILE: resultFile,
    // no extension marketplace (code-server defaults to open-vsx.org): no gallery traffic
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}',
    DONT_PROMPT_WSL_INSTALL: '1',
    // Newer VS Code (seen in 1.139) only honours extensionDevelopmentPath/extensionTestsPath
    // from the URL payload in built (release) web clients when the server runs with
    // --enable-smoke-test-driver; newer code-server passes VSCODE_OPTIONS through to the
    // VS Code server (older ones ignore this variable and don't need it).
    VSCODE_OPTIONS: `${process.env.VSCODE_OPTIONS ?? ''} enable-smoke-test-driver`.trim(),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true, // own process group: server + extension host + language server die together
});
let csOut = '';
const ready = new Promise((res, rej) => {
  const onData = (b) => {
    const s = b.toString(); csOut += s;
    for (const line of s.split('\n')) {
      if (line.trim() && (verbose || /error|ERR|exited with code|Launched Extension Host|development extension/i.test(line))) {
        console.log('[code-server]', line);
      }
    }
    if (/HTTP server listening on/.test(csOut)) { res(); }
  };
  cs.stdout.on('data', onData); cs.stderr.on('data', onData);
  cs.on('exit', (c) => rej(new Error(`code-server exited early with ${c}:\n${csOut}`)));
  setTimeout(() => rej(new Error(`code-server did not start within 60 s:\n${csOut}`)), 60000).unref();
});

let browser;
let exitCode = 1;
let cleanedUp = false;
const cleanup = () => {
  if (cleanedUp) { return; }
  cleanedUp = true;
  try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }
  if (process.env.E2E_KEEP_TMP !== '1') { rmSync(tmp, { recursive: true, force: true }); } else { log('kept', tmp); }
};
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => { await browser?.close().catch(() => {}); cleanup(); process.exit(130); });
}

try {
  await ready;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env: { ...process.env, ...sandboxEnv },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({
    viewport: { width: 1360, height: 820 },
    ...(process.env.E2E_LOCALE ? { locale: process.env.E2E_LOCALE } : {}),
  });
  // Screenshots on request: the extension-host suite writes NAME.request into E2E_SCREENSHOT_DIR when the
  // window shows what it wants captured, and waits for NAME.done.
  // NAME.probe (JSON { selector, styles?, click? }) asks instead about an element inside a webview (VS Code nests
  // each webview's page in two iframes, out of the extension host's reach): the answer, NAME.done, is JSON
  // { found, text, hidden, top (px from the frame's top), styles } of the first frame holding the selector, after a click on it if asked.
  const shots = process.env.E2E_SCREENSHOT_DIR;
  if (shots) {
    const { readdirSync, renameSync } = await import('node:fs');
    const probe = async ({ selector, styles = [], click = false }) => {
      for (let waited = 0; waited < 10000; waited += 250) {
        for (const frame of page.frames()) {
          const element = await frame.$(selector).catch(() => null);
          if (!element) continue;
          if (click) await element.click();
          return { found: true, ...await element.evaluate((node, names) => ({
            text: node.textContent, hidden: node.closest('[hidden]') !== null, top: Math.round(node.getBoundingClientRect().top),
            styles: Object.fromEntries(names.map((name) => [name, getComputedStyle(node).getPropertyValue(name)])),
          }), styles) };
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return { found: false };
    };
    const poll = setInterval(async () => {
      for (const file of readdirSync(shots).filter((name) => name.endsWith('.probe'))) {
        const name = file.slice(0, -'.probe'.length);
        const request = JSON.parse(readFileSync(path.join(shots, file), 'utf8'));
        rmSync(path.join(shots, file));
        const answer = await probe(request).catch((error) => ({ found: false, error: error.message }));
        writeFileSync(path.join(shots, `${name}.done`), JSON.stringify(answer));
        log('probe', name, JSON.stringify({ ...answer, text: answer.text?.trim().slice(0, 40) }));
      }
      for (const file of readdirSync(shots).filter((name) => name.endsWith('.request'))) {
        const name = file.slice(0, -'.request'.length);
        renameSync(path.join(shots, file), path.join(shots, `${name}.taking`));
        await page.screenshot({ path: path.join(shots, `${name}.png`) }).catch((error) => log('screenshot failed', error.message));
        renameSync(path.join(shots, `${name}.taking`), path.join(shots, `${name}.done`));
        log('screenshot', name);
      }
    }, 200);
    poll.unref();
  }
  // Loopback only: abort any other HTTP(S) request the workbench might make.
  await page.route((url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && /^https?:$/.test(url.protocol),
    (route) => { log('blocked non-loopback request', route.request().url()); return route.abort(); });
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(code); });
  const workbenchNoise = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\]|\[reconnection-grace-time\]|Creation of workbench contribution)/;
  // Extension-host console output (e.g. mocha's reporter) is forwarded to the window's
  // console as ['%c INFO', 'color: …', fmt, ...args]; print it like a terminal would.
  page.on('console', async (m) => {
    let vals;
    try { vals = await Promise.all(m.args().map((a) => a.jsonValue())); } catch { vals = [m.text()]; }
    if (vals.length === 0) { return; }
    let prefix = '';
    if (typeof vals[0] === 'string' && vals[0].startsWith('%c')) { prefix = vals[0].slice(2).trim(); vals = vals.slice(2); }
    const text = vals.length ? format(...vals) : '';
    if (!text.trim()) { return; }
    if (!verbose && workbenchNoise.test(text)) { return; }
    if (verbose || prefix === 'INFO' || prefix === 'ERR' || prefix === 'WARN' || m.type() === 'error') {
      console.log(prefix === 'INFO' ? text : `[browser ${prefix || m.type()}] ${text}`);
    }
  });
  page.on('pageerror', (e) => console.log('[browser:pageerror]', e.message));

  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.testsPath)],
  ];
  const isFolder = existsSync(args.target) && statSync(args.target).isDirectory();
  const url = `http://${authority}/?${isFolder ? 'folder' : 'workspace'}=${encodeURIComponent(args.target)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log('opening', url);
  await page.goto(url);
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
  if (code === 'timeout') {
    const shot = path.join(tmp, 'timeout.png');
    await page.screenshot({ path: shot }).catch(() => {});
    log(`TIMEOUT: tests did not finish within ${timeoutMs} ms (screenshot: ${shot}; set E2E_KEEP_TMP=1 to keep it)`);
    exitCode = 124;
  } else {
    exitCode = Number(code);
    log(`extension tests finished with exit code ${exitCode}`);
    if (existsSync(resultFile)) { // plain closing line that CI log readers understand
      const r = JSON.parse(readFileSync(resultFile, 'utf8'));
      console.log(`e2e: ${r.passes} passed, ${r.failures} failed${r.pending ? `, ${r.pending} skipped` : ''}`);
    }
  }
} catch (e) {
  console.error('[e2e] setup error:', e);
  exitCode = 2;
} finally {
  await browser?.close().catch(() => {});
  cleanup();
}
process.exit(exitCode);
