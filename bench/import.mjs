// npm run bench (after run.mjs): a report of about 30 pages as LibreOffice writes it (.docx), imported and checked
// by the CLI in a fresh process each time (cold), and what the readers and writers add to the package. Appends its
// section to BENCHMARKS.md. Figures, not assertions. Needs soffice (Debian: libreoffice-writer-nogui) and pdfinfo.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const out = [];
if (!has('soffice')) {
  out.push('\n## Import of a .docx\n\nNot measured: soffice (LibreOffice) is not installed (`apt-get install libreoffice-writer-nogui`).\n');
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gkr-bench-import-'));
  // the complete 2021 example, its prose repeated with other figures until it fills about 30 A4 pages at 三号
  const base = readFileSync(path.join(root, 'examples', '2021-complete.md'), 'utf8');
  const paragraph = '今年以来，我们持续深化政务公开标准化规范化建设，围绕重点领域信息公开，及时发布政策文件和解读材料，回应社会关切，全年累计发布各类信息NUM条，组织专题培训NUM场次，进一步提升了公开质量和实效。';
  const extra = Array.from({ length: 320 }, (_, index) => paragraph.replaceAll('NUM', String(100 + index))).join('\n\n');
  const long = base.replace('## 五、', `${extra}\n\n## 五、`);
  writeFileSync(path.join(dir, 'report.md'), long);
  spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'export', path.join(dir, 'report.md'), '--to', 'html'], { encoding: 'utf8' });
  spawnSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(dir, 'lo'), path.join(dir, 'report.html')], { encoding: 'utf8' });
  const docx = path.join(dir, 'lo', 'report.docx');
  spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'pdf'), docx], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path.join(dir, 'pdf', 'report.pdf')], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? '?';
  const times = [];
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', '--format', 'json', docx], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const version = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' });
  const bare = [];
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--version']);
    bare.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const kb = (file) => `${Math.round(statSync(path.join(root, 'dist', file)).size / 1024)} KB`;
  out.push(`\n## Import of a .docx (cold)\n\nA ${pages}-page report (the complete 2021 example with its prose grown to ${Math.round(long.length / 1000)} 000 characters), exported as a web page and converted to .docx by LibreOffice (${statSync(docx).size.toLocaleString('en')} bytes); \`gkreport check --format json report.docx\` in a fresh process, ${times.length} runs: median **${median(times).toFixed(0)} ms** (target ≤ 1 s), of which starting node and the CLI (\`--version\`, ${version.stdout.trim()}) ${median(bare).toFixed(0)} ms.\n\nBundles (the development build that npm run bench makes; the .vsix holds them minified): dist/core.js ${kb('core.js')}, dist/server.js ${kb('server.js')}, dist/cli.js ${kb('cli.js')}, dist/extension.js ${kb('extension.js')}, dist/readers.js ${kb('readers.js')} (parse5, jszip, sax and the readers: loaded at the first import or paste), dist/writers.js ${kb('writers.js')} (docx and the writers: loaded at the first export).\n`);
  rmSync(dir, { recursive: true, force: true });
}
const text = out.join('');
process.stdout.write(text);
if (!process.env.BENCH_IMPORT_DRY) appendFileSync(path.join(root, 'BENCHMARKS.md'), text);
