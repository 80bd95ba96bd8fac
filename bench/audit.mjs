// npm run bench (after import.mjs): the reviewer's audit page over a folder of 100 reports, written by the CLI in a
// fresh process each time (`gkreport check DIR --format html -o audit.html`), and the summary CSV over the same
// folder. The reports are the examples, the seeds and the layouts, each copy under a unit name of its own and with a
// figure of its 表三 changed in every other one (some reports then fail an equation). Appends its section to
// BENCHMARKS.md. Figures, not assertions.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const REPORTS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const sources = [
  ...['2021-complete.md', '2021-mistakes.md', '2014-appendix.txt'].map((name) => path.join(root, 'examples', name)),
  ...['seeds', 'layouts'].flatMap((folder) => readdirSync(path.join(root, 'test', 'fixtures', folder))
    .filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md').map((name) => path.join(root, 'test', 'fixtures', folder, name))),
];
const texts = sources.map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));
const UNIT = /某市某区人民政府办公室|某市某区人民政府|某县交通运输局|某县人民政府|某市某局/g;

const dir = mkdtempSync(path.join(os.tmpdir(), 'gkr-bench-audit-'));
const folder = path.join(dir, 'reports');
mkdirSync(folder);
for (let index = 0; index < REPORTS; index++) {
  const { name, text } = texts[index % texts.length];
  let report = text.replace(UNIT, `某市第${index + 1}区人民政府办公室`);
  // every other copy: 本年新收's 自然人 one more, so its equations fail
  if (index % 2 === 1) report = report.replace(/(本年新收[^|\n]*\|\s*)(\d+)/, (_, label, figure) => `${label}${Number(figure) + 1}`);
  writeFileSync(path.join(folder, `${String(index + 1).padStart(3, '0')}-${name}`), report);
}
const bytes = readdirSync(folder).reduce((total, name) => total + statSync(path.join(folder, name)).size, 0);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timed = (args) => {
  const times = [];
  let result;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { times, result };
};
const page = path.join(dir, 'audit.html');
const html = timed(['check', folder, '--format', 'html', '-o', page]);
const csv = timed(['check', folder, '--summary', 'csv', '-o', path.join(dir, 'summary.csv')]);
const json = timed(['check', folder, '--format', 'json', '-o', path.join(dir, 'findings.json')]);
const size = statSync(page).size;
const written = /已写入/.test(html.result.stderr);

const text = `\n## The audit page over 100 reports (cold)\n\n${REPORTS} reports (${texts.length} sources — the examples, the seeds, the layouts — each copy under a unit name of its own, every other one with a failing 表三 figure; ${Math.round(bytes / 1000)} KB in all) checked by the CLI in a fresh process, ${RUNS} runs each, median:\n\n| command | median | runs (ms) |\n|---|---|---|\n| \`check DIR --format html -o audit.html\` (the page: ${(size / 1e6).toFixed(1)} MB${written ? '' : ', NOT WRITTEN'}) | **${median(html.times).toFixed(0)} ms** (target ≤ 3 s) | ${html.times.map((value) => value.toFixed(0)).join(', ')} |\n| \`check DIR --summary csv -o summary.csv\` | ${median(csv.times).toFixed(0)} ms | ${csv.times.map((value) => value.toFixed(0)).join(', ')} |\n| \`check DIR --format json -o findings.json\` (the check alone, for comparison) | ${median(json.times).toFixed(0)} ms | ${json.times.map((value) => value.toFixed(0)).join(', ')} |\n`;
rmSync(dir, { recursive: true, force: true });
process.stdout.write(text);
if (!process.env.BENCH_AUDIT_DRY) appendFileSync(path.join(root, 'BENCHMARKS.md'), text);
