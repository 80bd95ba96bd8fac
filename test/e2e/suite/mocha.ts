import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Loaded by the extension host (--extensionTestsPath): runs the *.test.js beside the index. */
export function runSuites(directory: string): Promise<void> {
  // E2E_GREP: run only the tests whose title matches (while working on one feature)
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, grep: process.env.E2E_GREP || undefined });
  for (const file of fs.readdirSync(directory).sort()) if (file.endsWith('.test.js')) mocha.addFile(path.join(directory, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // counts for the driver's closing "e2e: N passed, N failed" line
      const out = process.env.E2E_RESULT_FILE;
      if (out) {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        fs.writeFileSync(out, JSON.stringify({ passes, failures, pending }));
      }
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}
