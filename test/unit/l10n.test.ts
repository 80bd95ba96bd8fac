import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { render } from '../../server/src/core';
import { EN } from '../../server/src/core/rules/catalog';
import { ZH_CN } from '../../server/src/core/rules/catalog';
import { TEMPLATES, type MessageKey } from '../../server/src/core/rules/catalog';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('localisation', () => {
  test('every core message renders in both languages with every parameter filled', () => {
    for (const key of Object.keys(ZH_CN) as MessageKey[]) {
      const template = TEMPLATES.get(key)!;
      const params = Object.fromEntries([...`${ZH_CN[key]}${EN[key]}`.matchAll(/\{(\w+)\}/g)].map((match) => [match[1], 'X']));
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = render({ key, template, params }, locale);
        assert.doesNotMatch(text, /\{\w+\}/, `${locale} ${key}`);
        assert.notEqual(text, key, `${locale} ${key} missing`);
      }
      assert.match(render({ key, template, params }, "zh-CN"), /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”]|^$/, `${key} is Chinese in zh-CN`);
    }
  });

  test('every %key% of package.json exists in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map((match) => match[1]);
    assert.ok(keys.length > 20);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(read(file));
      for (const key of keys) assert.ok(nls[key], `${file}: ${key}`);
    }
  });

  test('every client string (vscode.l10n.t, in every file of client/src) has a zh-CN translation', () => {
    const bundle = JSON.parse(read(path.join('l10n', 'bundle.l10n.zh-cn.json')));
    const client = fs.readdirSync(path.join(ROOT, 'client', 'src')).filter((file) => file.endsWith('.ts')).map((file) => read(path.join('client', 'src', file))).join('\n');
    const strings = [...client.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map((match) => match[2].replace(/\\'/g, "'"));
    assert.ok(strings.length >= 5);
    for (const text of strings) assert.ok(bundle[text], text);
  });
});
