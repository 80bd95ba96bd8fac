import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergeConfigs, resolveConfig } from '../../server/src/core';
import { check } from '../helpers/check';

describe('configuration', () => {
  test('a valid configuration applies', () => {
    const { config, problems } = resolveConfig({ format: '2019', rules: { 'punctuation-width': 'off', 'table-cell': 'warning' }, scriptPolicy: 'any' });
    assert.deepEqual(problems, []);
    assert.equal(config.format, '2019');
    assert.equal(config.rules['punctuation-width'], 'off');
    assert.equal(config.scriptPolicy, 'any');
  });

  test('an invalid configuration is reported in Chinese and the defaults are used', () => {
    for (const raw of [{ rules: { 'table-cell': 'loud' } }, { format: 2021 }, { colour: 'red' }, []]) {
      const { config, problems } = resolveConfig(raw);
      assert.ok(problems.length > 0, JSON.stringify(raw));
      assert.match(problems[0].message, /^配置无效/);
      assert.deepEqual(config.rules, {});
    }
  });

  test('an unknown rule id is a problem but the rest applies', () => {
    const { config, problems } = resolveConfig({ rules: { 'table-reconcil': 'off', 'table-cell': 'off' } });
    assert.deepEqual(problems.map((problem) => problem.path), ['rules.table-reconcil']);
    assert.equal(config.rules['table-cell'], 'off');
  });

  test('conflicting layers: .gkreportrc.json wins over VS Code settings, rule by rule', () => {
    const settings = resolveConfig({ format: '2021', rules: { 'punctuation-width': 'error', 'table-cell': 'off' } }).config;
    const project = resolveConfig({ rules: { 'punctuation-width': 'off' } }).config;
    const merged = mergeConfigs(settings, project);
    assert.equal(merged.rules['punctuation-width'], 'off');
    assert.equal(merged.rules['table-cell'], 'off');
    assert.equal(merged.format, '2021', 'an "auto" layer keeps the format a lower layer set');
  });

  test('script policy "any" turns off the script rules unless a rule is set explicitly', () => {
    const text = '本机关全年主动公开政府信息一千條。进一步最佳化服务。';
    assert.deepEqual(check(text, { scriptPolicy: 'any' }).map((finding) => finding.ruleId), []);
    assert.deepEqual(check(text, { scriptPolicy: 'any', rules: { 'script-mixing': 'warning' } }).map((finding) => finding.ruleId), ['script-mixing']);
  });
});
