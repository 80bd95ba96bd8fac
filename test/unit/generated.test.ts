import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, buildSnippets, type SnippetFill } from '../../server/src/core';
import { check } from '../helpers/check';
import { generated } from '../helpers/generated';
import { consistentNumbers, makeReport, type Era } from '../helpers/reports';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The unit and a section's body (“（总体情况）”) as a user writes them over the snippet's placeholders; the year stays. */
function written(placeholder: string): string {
  if (/^\d{4}$/.test(placeholder)) return placeholder;
  const section = /^（(.+)）$/.exec(placeholder);
  return section ? `本单位认真做好${section[1]}相关工作，按要求如实报告。` : '广州市某区人民政府办公室';
}

/**
 * What a user ends with: every tab stop left at its default, or every number cell filled with numbers that add up
 * and the unit and the sections' text written.
 */
function expand(era: Era, filled: boolean): Record<string, string> {
  const numbers = consistentNumbers(era);
  const fill: SnippetFill = {
    cell: (_index, rowId, columnId) => (filled ? numbers[rowId]?.[columnId] ?? '0' : '填写'),
    text: (_index, placeholder) => (filled ? written(placeholder) : placeholder),
  };
  return Object.fromEntries(Object.entries(buildSnippets(fill)).map(([name, snippet]) => [name, snippet.body.join('\n')]));
}

const eraOf = (name: string): Era => (name.includes('2019') ? '2019' : '2021');

/** Table and section snippets are inserted where they belong in a report that lacks them. */
function inContext(name: string, body: string, era: Era): string {
  const table = /^表([二三四])/.exec(name);
  if (table) {
    const id = { 二: 't2', 三: 't3', 四: 't4' }[table[1] as '二' | '三' | '四'];
    const heading = { t2: '\n二、主动公开', t3: '\n三、收到和处理', t4: '\n四、政府信息公开' }[id]!;
    const report = makeReport({ era, omitTables: [id] });
    const at = report.indexOf(heading) + 1;
    const lineEnd = report.indexOf('\n', at);
    return `${report.slice(0, lineEnd + 1)}\n${body}${report.slice(lineEnd + 1)}`;
  }
  const section = /^Section (\d)/.exec(name);
  if (section) {
    const index = Number(section[1]);
    const report = makeReport({ era, omit: [index] });
    const next = ['二', '三', '四', '五', '六'][index - 1];
    const at = next ? report.indexOf(`\n${next}、`) + 1 : report.length;
    return `${report.slice(0, at)}${body}\n${report.slice(at)}`;
  }
  return body;
}

describe('generated files and snippets', () => {
  test('snippets, the .gkreportrc.json schema and the per-rule settings are what the generator makes (npm run generate)', () => {
    for (const [file, content] of Object.entries(generated(ROOT))) {
      assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), content, `${file} is stale: run npm run generate`);
    }
  });

  for (const era of ['2021', '2019'] as const) {
    for (const [name, body] of Object.entries(expand(era, true))) {
      if (eraOf(name) !== era && !name.startsWith('Annual report, 2008')) continue;
      test(`${name}: filled with numbers that add up, no finding`, () => {
        const findings = check(inContext(name, body, era));
        assert.deepEqual(findings.map((finding) => `${finding.line} ${finding.ruleId} ${finding.message}`), []);
      });
    }
  }

  for (const [name, body] of Object.entries(expand('2021', false))) {
    test(`${name}: left unfilled, no error: a table-cell warning per table, a hint per cell, template-residue on its placeholders only`, () => {
      const era = eraOf(name);
      const text = inContext(name, body, era);
      const findings = check(text);
      const placeholders = body.split('\n').filter((line) => /^（[^（）]+）$/.test(line));
      const residue = findings.filter((finding) => finding.ruleId === 'template-residue');
      const others = findings.filter((finding) => finding.ruleId !== 'template-residue');
      assert.ok(others.every((finding) => finding.ruleId === 'table-cell'),
        others.filter((finding) => finding.ruleId !== 'table-cell').map((finding) => `${finding.ruleId} ${finding.message}`).join('\n'));
      assert.ok(findings.every((finding) => finding.severity !== 'error'));
      const hints = others.filter((finding) => finding.severity === 'hint');
      assert.ok(hints.every((finding) => finding.under === '填写'));
      assert.equal(hints.length, (body.match(/填写/g) ?? []).length);
      // the snippet's own tables: those that hold its placeholder (the report it is inserted into is filled)
      const tables = analyze(text).report.tables.filter((table) => table.grid.rows.some((row) => row.cells.some((cell) => cell.text === '填写'))).length;
      const perTable = others.filter((finding) => finding.severity === 'warning');
      assert.equal(perTable.length, tables);
      assert.ok(perTable.every((finding) => /^表[二三四]还有 \d+ 个单元格待填写。$/.test(finding.message)), perTable.map((finding) => finding.message).join('\n'));
      assert.deepEqual(residue.map((finding) => finding.under), [...(body.includes('单位名称') ? ['单位名称'] : []), ...placeholders]);
    });
  }

  test('the snippet file escapes nothing it should not: every tab stop is ${n:…}', () => {
    const file = fs.readFileSync(path.join(ROOT, 'snippets', 'gkreport.code-snippets'), 'utf8');
    const snippets = JSON.parse(file) as Record<string, { body: string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      const stray = snippet.body.join('\n').replace(/\$\{\d+:[^}]*\}/g, '').match(/\$/g);
      assert.equal(stray, null, name);
    }
  });
});
