import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, type Analysis } from '../../server/src/core';
import { importFile } from '../../server/src/readers';
import { exportReport, isMarkdownPath } from '../../server/src/writers/export';

const ROOT = path.join(__dirname, '..', '..', '..');
/** the three eras, and 表二/表三/表四 as pipes, in blocks, tab-separated, one cell per line and as a PDF's text */
const REPORTS = [
  'examples/2021-complete.md', 'examples/2021-mistakes.md', 'examples/2014-appendix.txt',
  'test/fixtures/layouts/2019-blocks.md', 'test/fixtures/layouts/2021-browser-copy.txt', 'test/fixtures/layouts/2021-as-published.md',
  'test/fixtures/layouts/2021-subheaders-parent-column.txt',
];

/** what a reviewer compares: each finding by rule and message (positions move: the export lays the text out anew) */
const findings = (analysis: Analysis) => analysis.findings.map((finding) => `${finding.ruleId}: ${finding.message}`).sort();

/** every value cell of every recognised table, by table, row and column; a 2008 附表 by its rows' labels and numbers */
function tableValues(analysis: Analysis): string[] {
  return analysis.report.tables.flatMap((table) => table.kind === 'standard'
    ? table.rows.flatMap((row) => row.cells.map((cell) => `${table.spec.id} ${row.rowId} ${cell.columnId} = ${cell.cell.text.trim()}`))
    : table.breakdowns.flatMap((breakdown) => [breakdown.total, ...breakdown.items].map((row) => `附表 ${row.label} = ${row.cell?.text.trim() ?? ''}`)));
}

describe('export → import: the same findings and the same table values', () => {
  for (const file of REPORTS) for (const to of ['docx', 'html'] as const) {
    test(`${path.basename(file)} through ${to === 'docx' ? 'Word' : 'a web page'}`, async () => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const before = analyze(text);
      assert.ok(tableValues(before).length > 10, 'a report with its tables');
      const exported = await exportReport(text, { to, markdown: isMarkdownPath(file) });
      const after = analyze(importFile(exported, `${path.basename(file)}.${to}`).markdown);
      assert.deepEqual(tableValues(after), tableValues(before));
      assert.deepEqual(findings(after), findings(before));
    });
  }
});
