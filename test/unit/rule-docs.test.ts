import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/core';

/** docs/rules/ of the repository: tests run from out/test/unit/. */
const DOCS = path.join(__dirname, '..', '..', '..', 'docs', 'rules');
const INDEX = 'README.md';

const read = (name: string) => fs.readFileSync(path.join(DOCS, name), 'utf8');

/** The Chinese part comes first, the English part after a line holding only "---". */
function parts(text: string): { zh: string; en: string } {
  const halves = text.split(/^---$/m);
  assert.equal(halves.length, 2, 'one --- separator between the Chinese and the English part');
  return { zh: halves[0], en: halves[1] };
}

/** The value of a row of the table at the top of a part: "| 默认级别 | `error`（…） |" → "`error`（…）". */
function field(part: string, name: string): string | undefined {
  return new RegExp(`^\\|\\s*${name}\\s*\\|\\s*([^|]+?)\\s*\\|`, 'm').exec(part)?.[1];
}

const ZH_HEADINGS = ['### 检查什么', '### 为什么', '### 示例', '### 修复', '### 配置'];
const EN_HEADINGS = ['### What it finds', '### Why', '### Example', '### Fix', '### Configuration'];

describe('rule documentation (docs/rules)', () => {
  test('every rule has a page', () => {
    for (const rule of RULES) assert.ok(fs.existsSync(path.join(DOCS, `${rule.meta.id}.md`)), `docs/rules/${rule.meta.id}.md`);
  });

  test('every page is named after an existing rule and titled with its id', () => {
    const ids = new Set(RULES.map((rule) => rule.meta.id));
    const pages = fs.readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== INDEX);
    assert.equal(pages.length, RULES.length);
    for (const page of pages) {
      const id = page.slice(0, -'.md'.length);
      assert.ok(ids.has(id), `${page} names no rule`);
      assert.equal(read(page).split('\n')[0], `# \`${id}\``, page);
    }
  });

  for (const rule of RULES) {
    const { id, defaultSeverity, fixable } = rule.meta;
    describe(id, () => {
      const page = () => parts(read(`${id}.md`));

      test('a Chinese part, then an English part, each with every section', () => {
        const { zh, en } = page();
        for (const heading of ZH_HEADINGS) assert.ok(zh.includes(`\n${heading}\n`), `Chinese part: ${heading}`);
        for (const heading of EN_HEADINGS) assert.ok(en.includes(`\n${heading}\n`), `English part: ${heading}`);
        for (const heading of EN_HEADINGS) assert.ok(!zh.includes(`\n${heading}\n`), `English heading in the Chinese part: ${heading}`);
      });

      test('the stated name and default severity are the rule\'s', () => {
        const { zh, en } = page();
        assert.equal(field(zh, '规则 id'), `\`${id}\``);
        assert.equal(field(en, 'Rule id'), `\`${id}\``);
        assert.equal(field(zh, '名称'), rule.meta.name.zh);
        assert.equal(field(en, 'Name'), rule.meta.name.en);
        assert.match(field(zh, '默认级别') ?? '', new RegExp(`^\`${defaultSeverity}\``));
        assert.match(field(en, 'Default severity') ?? '', new RegExp(`^\`${defaultSeverity}\``));
      });

      test('the stated fix class matches whether the rule has fixes', () => {
        const { zh, en } = page();
        assert.equal(field(zh, '修复类别') === '无自动修复', !fixable, field(zh, '修复类别'));
        assert.equal(field(en, 'Fix class') === 'none', !fixable, field(en, 'Fix class'));
        if (fixable) {
          assert.match(field(zh, '修复类别')!, /^(?:safe|review)$/);
          assert.equal(field(en, 'Fix class'), field(zh, '修复类别'));
        }
      });

      test('configuration names this rule: its setting and its suppression comment, in both parts', () => {
        for (const part of Object.values(page())) {
          assert.ok(part.includes(`"gkreport.rules.${id}"`), 'VS Code setting');
          assert.ok(part.includes(`"rules": { "${id}"`), '.gkreportrc.json');
          assert.ok(part.includes(`<!-- gkreport-disable-next-line ${id} -->`), 'suppression comment');
        }
      });

      test('links to other pages lead to existing pages', () => {
        for (const [, target] of read(`${id}.md`).matchAll(/\]\(([^)#]+\.md)\)/g)) {
          assert.ok(fs.existsSync(path.join(DOCS, target)), target);
        }
      });
    });
  }

  test('the index lists every rule in both parts with its default severity and the fix class of its page', () => {
    const { zh, en } = parts(read(INDEX));
    for (const rule of RULES) {
      const { id, defaultSeverity } = rule.meta;
      const fixClass = field(parts(read(`${id}.md`)).en, 'Fix class');
      for (const part of [zh, en]) {
        const row = part.split('\n').find((line) => line.startsWith(`| [\`${id}\`](${id}.md) |`));
        assert.ok(row, `${id} in the index`);
        const cells = row.split('|').slice(1, -1).map((cell) => cell.trim());
        assert.equal(cells[1], `\`${defaultSeverity}\``, `${id}: default severity`);
        assert.equal(cells[3], fixClass === 'none' ? '—' : fixClass, `${id}: fix class`);
      }
    }
  });
});
