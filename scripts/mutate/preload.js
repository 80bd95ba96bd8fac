// Loaded with `node --require` (through NODE_OPTIONS, so node:test's per-file subprocesses load it too): applies the
// mutant named in GKREPORT_MUTANT to the loaded format data before any test runs. The core knows nothing of this.
const { applyMutant, loadEras } = require('./mutants');

const MARK = 'gkreport-mutate: cannot apply mutant';
const json = process.env.GKREPORT_MUTANT;
if (json) {
  try {
    applyMutant(loadEras(), JSON.parse(json));
  } catch (error) {
    // the driver looks for this line: a mutant that was not applied must not count as killed
    console.error(`${MARK}: ${error.message}`);
    process.exit(70);
  }
}

module.exports = { MARK };
