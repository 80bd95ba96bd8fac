// npm run fuzz: 10⁵ mutated reports through every invariant (test/helpers/fuzz.ts), plus the adversarial
// inputs timed against the 100 ms budget. Prints the result; exits 1 on any violation.
const fc = require('fast-check');
const { analyze } = require('../../out/server/src/core');
const { ADVERSARIAL, checkInvariants, documents } = require('../../out/test/helpers/fuzz');

const runs = Number(process.env.FUZZ_RUNS ?? 100000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2147483647);
let slowest = 0;
let slowestText = '';
let overBudget = 0;
const started = Date.now();
try {
  fc.assert(fc.property(documents, (text) => {
    const { milliseconds } = checkInvariants(text, 2);
    if (milliseconds > slowest) {
      slowest = milliseconds;
      slowestText = text;
    }
    if (milliseconds > 100) overBudget++;
  }), { numRuns: runs, seed });
  console.log(`fuzz: ${runs} cases, seed ${seed}, 0 invariant violations, slowest check ${slowest.toFixed(1)} ms, ${overBudget} over 100 ms, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // the slowest case again, alone: a document that is slow, or a pause of the collector during the run
  const again = [1, 2, 3].map(() => { const start = performance.now(); analyze(slowestText); return performance.now() - start; });
  console.log(`slowest case (${slowestText.length} chars) checked again: ${again.map((ms) => ms.toFixed(1)).join(', ')} ms`);
} catch (error) {
  console.error(error.message);
  console.log(`fuzz: violation found (seed ${seed})`);
  process.exitCode = 1;
}
for (const [name, text] of ADVERSARIAL) {
  const start = performance.now();
  analyze(text);
  const ms = performance.now() - start;
  console.log(`adversarial ${name} (${text.length} chars): ${ms.toFixed(1)} ms${ms > 100 ? '  OVER 100 ms' : ''}`);
}
