import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/core';
import { msg, render, type Entry } from '../../server/src/core/messages';
import { GROUPS, TEMPLATES } from '../../server/src/core/rules/catalog';
import { messages as punctuation } from '../../server/src/core/rules/punctuation-width/messages';
import { messages as duplicate } from '../../server/src/core/rules/duplicate-paragraph/messages';

const ROOT = path.join(__dirname, '..', '..', '..');
const entries: Entry[] = GROUPS.flatMap((group) => Object.values<Entry>(group));
const params = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe('message catalog', () => {
  test('every message has both locales: Chinese (or full-width marks) in zh, no Han characters in en (only the empty scope fragment is empty)', () => {
    assert.ok(entries.length > 80, `${entries.length} messages`);
    for (const entry of entries) {
      if (entry.key === 'table-reconcile/no-scope') {
        assert.deepEqual([entry.zh, entry.en], ['', ''], entry.key);
        continue;
      }
      assert.match(entry.zh, /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”]/, `${entry.key} zh`);
      assert.ok(entry.en.trim().length > 0, `${entry.key} en`);
      assert.doesNotMatch(entry.en, /[\u4e00-\u9fff]/, `${entry.key} en`);
    }
  });

  test('both locales of a message use the same {params}', () => {
    for (const entry of entries) assert.deepEqual(params(entry.en), params(entry.zh), entry.key);
  });

  test('no key is filed twice', () => {
    assert.equal(TEMPLATES.size, entries.length);
  });

  test("each rule's messages are in its own folder, filed under its id", () => {
    for (const rule of RULES) {
      const id = rule.meta.id;
      assert.ok(fs.existsSync(path.join(ROOT, 'server', 'src', 'core', 'rules', id, 'messages.ts')), `${id}/messages.ts`);
      assert.ok(entries.some((entry) => entry.key.startsWith(`${id}/`)), `${id} has messages`);
    }
  });

  test('a ref built from a rule\'s messages renders in both locales', () => {
    const ref = msg(punctuation.message, { found: ',', expected: '，' });
    assert.equal(ref.key, 'punctuation-width/message');
    assert.deepEqual(ref.params, { found: ',', expected: '，' });
    assert.equal(render(ref, 'zh-CN'), '应为全角“，”，不是半角“,”。');
    assert.equal(render(ref, 'en'), 'Use the full-width "，", not ",".');
    assert.equal(render(msg(duplicate.fix), 'zh-CN'), '删除重复内容');
  });

  test('a wrong key or parameter fails to compile (each line below must be a type error)', () => {
    // @ts-expect-error: punctuation-width has no such message
    assert.throws(() => msg(punctuation.missing));
    // @ts-expect-error: the template names {expected}, not {value}
    msg(punctuation.fix, { value: '，' });
    // @ts-expect-error: a parameter is missing
    msg(punctuation.message, { found: ',' });
    // @ts-expect-error: a ref by key alone, not built with msg from a catalog entry
    assert.throws(() => render({ key: 'punctuation-width/mesage' }, 'zh-CN'));
  });
});
