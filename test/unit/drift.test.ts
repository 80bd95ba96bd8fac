import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/core';
import { EN } from '../../server/src/core/rules/catalog';
import { ZH_CN } from '../../server/src/core/rules/catalog';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

function filesUnder(directory: string): string[] {
  return fs.readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(directory, entry.name)) : [path.join(directory, entry.name)]);
}

describe('drift: every rule is documented, configurable and tested', () => {
  const manifest = JSON.parse(read('package.json'));
  const readme = read('README.md');

  for (const rule of RULES) {
    test(rule.meta.id, () => {
      assert.match(rule.meta.id, /^[a-z]+(-[a-z]+)*$/);
      const rules = path.join(ROOT, 'server', 'src', 'core', 'rules');
      const found = fs.existsSync(path.join(rules, rule.meta.id, 'index.ts')) || fs.existsSync(path.join(rules, `${rule.meta.id}.ts`));
      assert.ok(found, 'one folder per rule, named by its id');
      assert.ok(fs.existsSync(path.join(ROOT, 'test', 'unit', `${rule.meta.id}.test.ts`)), 'its own test file');
      assert.ok(manifest.contributes.configuration.properties[`gkreport.rules.${rule.meta.id}`], 'a VS Code setting');
      assert.ok(readme.includes(`\`${rule.meta.id}\``), 'a line in the README');
      const keys = Object.keys(ZH_CN).filter((key) => key.startsWith(`${rule.meta.id}/`));
      assert.ok(keys.length > 0, 'messages');
    });
  }

  test('zh-CN and English have the same message keys and parameters', () => {
    assert.deepEqual(Object.keys(EN).sort(), Object.keys(ZH_CN).sort());
    const params = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
    for (const key of Object.keys(ZH_CN)) assert.deepEqual(params(EN[key]), params(ZH_CN[key]), key);
  });

  test('the package.nls files have the same keys', () => {
    assert.deepEqual(Object.keys(JSON.parse(read('package.nls.json'))).sort(), Object.keys(JSON.parse(read('package.nls.zh-cn.json'))).sort());
  });

  test('the grammar tests assert every scope the grammar defines', () => {
    const grammar = read(path.join('syntaxes', 'gkreport.tmLanguage.json'));
    const scopes = [...new Set([...grammar.matchAll(/"name": "([\w.-]+\.gkreport)"/g)].map((match) => match[1]))];
    const tests = fs.readdirSync(path.join(ROOT, 'test', 'grammar')).filter((file) => file.includes('.test.')).map((file) => read(path.join('test', 'grammar', file))).join('\n');
    assert.ok(scopes.length >= 8);
    for (const scope of scopes) assert.ok(tests.includes(scope), `${scope} has no grammar test`);
  });

  test('the core stays pure: no vscode, no LSP, no node: modules', () => {
    // zod's zh-CN wording is zod too (messages/zod-issues.ts)
    const allowed = new Set(['zod', 'zod/v4/locales/zh-CN.cjs', 'opencc-js/t2cn', 'get-east-asian-width']);
    for (const file of filesUnder(path.join('server', 'src', 'core')).filter((name) => name.endsWith('.ts'))) {
      for (const match of read(file).matchAll(/from '([^']+)'/g)) {
        const specifier = match[1];
        assert.ok(specifier.startsWith('.') || allowed.has(specifier), `${file} imports ${specifier}`);
      }
    }
  });
});
