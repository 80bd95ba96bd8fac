// Writes the files generated from the core's data: the snippets, the JSON schema of .gkreportrc.json, and the
// per-rule settings in package.json with their package.nls texts. test/unit/generated.test.ts fails when they drift.
const fs = require('node:fs');
const path = require('node:path');
const { generated } = require('../out/test/helpers/generated.js');

const root = path.join(__dirname, '..');
for (const [file, content] of Object.entries(generated(root))) {
  fs.writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
}
