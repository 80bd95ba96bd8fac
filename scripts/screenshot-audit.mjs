// npm run screenshots (after the editor's): the audit page over the repository's real reports (the seeds and the
// layouts of test/fixtures, and the examples), written by the CLI and photographed in headless Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium; playwright-core drives it) at 1280 px wide: docs/images/audit.png.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'gkr-audit-shot-'));
const page = path.join(dir, 'audit.html');
// one unit's two years among them (content-repeat's fixtures): the table shows a repeat share
const inputs = ['test/fixtures/seeds', 'test/fixtures/layouts/2021-as-published.md', 'test/fixtures/layouts/2019-blocks.md', 'test/fixtures/content-repeat/2022.md', 'test/fixtures/content-repeat/2023.md', 'examples'];
const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', ...inputs, '--format', 'html', '-o', page], { cwd: root, encoding: 'utf8' });
if (run.status === 2) throw new Error(`the audit page was not written: ${run.stderr}`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1700 }, deviceScaleFactor: 1 });
  await tab.goto(`file://${page}`);
  await tab.evaluate(() => document.fonts.ready);
  const out = path.join(root, 'docs', 'images', 'audit.png');
  await tab.screenshot({ path: out });
  process.stdout.write(`${path.relative(root, out)}\n`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
