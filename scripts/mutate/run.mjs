// npm run mutate: proves the tests notice a wrong equation. For each mutant of the format data (mutants.js) the
// table tests run with the mutant applied (preload.js); a mutant no test fails on survives. Exits 1 if any survives.
// Options: --list (print the mutants), --only TEXT (only mutants whose description contains TEXT).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { applyMutant, describeMutant, listMutants, loadEras } = require('./mutants.js');
const { MARK } = require('./preload.js');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const UNIT = join(ROOT, 'out', 'test', 'unit');
const PRELOAD = join(ROOT, 'scripts', 'mutate', 'preload.js');
const PER_FILE_TIMEOUT_MS = 120_000;

// the tests that exercise tables, most likely killers first: a mutant stops at the first file that fails
const ORDER = [/^table-reconcile\./, /^golden\./, /^equations-/, /^seeds\./, /^model\./, /^table-cell\./, /^table-shape\./,
  /^carryover-mismatch\./, /^prose-/, /^drift\./, /^generated\./];

function testFiles() {
  const names = readdirSync(UNIT).filter((name) => name.endsWith('.test.js'));
  return ORDER.flatMap((pattern) => names.filter((name) => pattern.test(name)).sort()).map((name) => join(UNIT, name));
}

function runFile(file, mutant) {
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${PRELOAD}"`.trim() };
  if (mutant) env.GKREPORT_MUTANT = JSON.stringify(mutant);
  else delete env.GKREPORT_MUTANT;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), PER_FILE_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (output.includes(MARK)) resolve({ status: 'error', output });
      else if (signal) resolve({ status: 'timeout', output });
      else resolve({ status: code === 0 ? 'pass' : 'fail', output });
    });
  });
}

/** The files in order, stopping at the first that fails: the name of the file that killed the mutant, or undefined. */
async function firstFailure(files, mutant) {
  for (const file of files) {
    const result = await runFile(file, mutant);
    if (result.status === 'error') throw new Error(`${describeMutant(mutant)}:\n${result.output}`);
    if (result.status !== 'pass') return { file, ...result };
  }
  return undefined;
}

async function pool(items, workers, work) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  }));
}

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const eras = loadEras();
const mutants = listMutants(eras).filter((mutant) => !only || describeMutant(mutant).includes(only));
// every mutant must apply to the data as it is now; a stale one is an error in this script, not a kill
for (const mutant of mutants) applyMutant(structuredClone(eras), mutant);
if (args.includes('--list')) {
  for (const mutant of mutants) console.log(describeMutant(mutant));
  process.exit(0);
}

const files = testFiles();
const workers = cpus().length;
const started = Date.now();
console.log(`mutate: ${mutants.length} mutants, ${files.length} test files (${files.map((file) => file.slice(UNIT.length + 1)).join(', ')}), ${workers} workers`);

const failures = [];
await pool(files, workers, async (file) => {
  const result = await runFile(file, undefined);
  if (result.status !== 'pass') failures.push({ file, ...result });
});
if (failures.length > 0) {
  for (const failure of failures) console.error(`--- ${failure.file} (${failure.status})\n${failure.output}`);
  console.error('mutate: aborted, the unmutated tests do not pass; fix them first');
  process.exit(2);
}
console.log(`unmutated run passes (${((Date.now() - started) / 1000).toFixed(0)} s)`);

const survivors = [];
const equivalentsKilled = [];
const killers = new Map();
let done = 0;
await pool(mutants, workers, async (mutant) => {
  const failure = await firstFailure(files, mutant);
  if (failure) {
    const name = failure.file.slice(UNIT.length + 1) + (failure.status === 'timeout' ? ' (timeout)' : '');
    killers.set(name, (killers.get(name) ?? 0) + 1);
    if (mutant.equivalent) equivalentsKilled.push(mutant);
  } else {
    survivors.push(mutant);
    if (!mutant.equivalent) console.log(`SURVIVED ${describeMutant(mutant)}`);
  }
  if (++done % 25 === 0) console.error(`  ${done}/${mutants.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
});

const order = new Map(mutants.map((mutant, index) => [mutant, index]));
const inOrder = (list) => [...list].sort((a, b) => order.get(a) - order.get(b));
const real = inOrder(survivors.filter((mutant) => !mutant.equivalent));
const equivalent = inOrder(survivors.filter((mutant) => mutant.equivalent));
console.log(`\nmutate: ${mutants.length} mutants, ${mutants.length - survivors.length} killed, ${real.length} survived, `
  + `${equivalent.length} equivalent (survived, cannot change behaviour) (${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log(`killed first by: ${[...killers].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join(', ')}`);
if (equivalent.length > 0) {
  console.log('equivalent:');
  for (const mutant of equivalent) console.log(`  ${describeMutant(mutant)}: ${mutant.equivalent}`);
}
// a mutant called equivalent that a test kills means the reasoning in mutants.js is wrong
for (const mutant of inOrder(equivalentsKilled)) console.log(`WARNING: called equivalent but killed: ${describeMutant(mutant)}`);
if (real.length > 0) {
  console.log('survivors:');
  for (const mutant of real) console.log(`  ${describeMutant(mutant)}`);
}
if (real.length > 0 || equivalentsKilled.length > 0) process.exitCode = 1;
