// Runs the integration suites in a real VS Code (code-server + headless Chromium; see code-server-vscode.mjs)
// through @vscode/test-electron's runTests(), on the bundled extension (dist/), in a scratch copy of the
// workspace fixtures. With E2E_VSIX=path, also installs the packaged .vsix and runs the install suite.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '..', '..');
const driver = path.join(__dirname, 'code-server-vscode.mjs');

function scratchWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gkr-ws-'));
  fs.cpSync(path.join(__dirname, 'workspace'), dir, { recursive: true });
  return dir;
}

// the users' display language: messages are checked in Chinese
process.env.E2E_LOCALE = process.env.E2E_LOCALE || 'zh-cn';

async function main() {
  const extensionPath = process.env.E2E_EXTENSION_PATH ? path.resolve(process.env.E2E_EXTENSION_PATH) : root;
  const workspace = scratchWorkspace();
  const vsixWorkspace = scratchWorkspace();
  try {
    await runTests({
      vscodeExecutablePath: driver,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: path.join(root, process.env.E2E_SCREENSHOT_DIR ? 'out/test/e2e/screens/index.js' : 'out/test/e2e/suite/index.js'),
      launchArgs: [workspace],
    });
    if (process.env.E2E_VSIX) {
      process.env.E2E_INSTALL_VSIX = path.resolve(process.env.E2E_VSIX);
      await runTests({
        vscodeExecutablePath: driver,
        extensionDevelopmentPath: path.join(__dirname, 'vsix-host'),
        extensionTestsPath: path.join(root, 'out/test/e2e/vsix/index.js'),
        launchArgs: [vsixWorkspace],
      });
    }
  } catch (error) {
    console.error('Failed to run tests:', error.message);
    process.exit(1);
  } finally {
    for (const dir of [workspace, vsixWorkspace]) fs.rmSync(dir, { recursive: true, force: true });
  }
}
main();
