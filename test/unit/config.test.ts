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

  test('one invalid key keeps its default and the valid keys beside it apply', () => {
    const { config, problems } = resolveConfig({ format: '2019', rules: { 'table-cell': 'fatal', 'punctuation-width': 'off' }, scriptPolicy: 'none', maxFileSize: 1000 });
    assert.deepEqual(problems.map((problem) => problem.path).sort(), ['rules.table-cell', 'scriptPolicy']);
    assert.match(problems.find((problem) => problem.path === 'rules.table-cell')!.message, /^配置无效.*rules\.table-cell/);
    assert.equal(config.format, '2019');
    assert.deepEqual(config.rules, { 'punctuation-width': 'off' });
    assert.equal(config.scriptPolicy, 'simplified');
    assert.equal(config.maxFileSize, 1000);
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

  test('rule options the ESLint way: ["warning", { … }] validated against the rule, a severity alone still works', () => {
    // two short repeated lines (“全年无此类情况。” is 8 characters): repeats only when the threshold is lowered
    const text = '某局2023年政府信息公开工作年度报告\n\n本年度，本单位未收到行政复议申请，全年无此类情况。\n\n本年度，本单位未收到行政复议申请，全年无此类情况。\n\n全年无此类情况，无。\n\n全年无此类情况，无。\n';
    const repeats = (rules: Record<string, unknown>) => {
      const { config, problems } = resolveConfig({ rules });
      assert.deepEqual(problems, []);
      return check(text, config).filter((finding) => finding.ruleId === 'duplicate-paragraph').map((finding) => finding.line);
    };
    assert.deepEqual(repeats({}), [5]);
    assert.deepEqual(repeats({ 'duplicate-paragraph': 'warning' }), [5]);
    assert.deepEqual(repeats({ 'duplicate-paragraph': ['warning', { minLength: 8 }] }), [5, 9]);
    const { config } = resolveConfig({ rules: { 'duplicate-paragraph': ['info', { minLength: 8 }] } });
    assert.equal(config.rules['duplicate-paragraph'], 'info');
  });

  test('wrong rule options are a problem named after the rule; options for a rule that has none too', () => {
    const wrong = resolveConfig({ rules: { 'duplicate-paragraph': ['warning', { minLength: 'short' }] } });
    assert.deepEqual(wrong.problems.map((problem) => problem.path), ['rules.duplicate-paragraph']);
    assert.match(wrong.problems[0].message, /规则“duplicate-paragraph”的选项无效：minLength/);
    assert.doesNotMatch(wrong.problems[0].message, /expected|Invalid input/, 'zod speaks English in a Chinese message');
    const unknown = resolveConfig({ rules: { 'duplicate-paragraph': ['warning', { minLenght: 8 }] } });
    assert.equal(unknown.problems.length, 1);
    const none = resolveConfig({ rules: { 'table-cell': ['error', { strict: true }] } });
    assert.match(none.problems[0].message, /规则“table-cell”没有可设置的选项/);
  });
});
