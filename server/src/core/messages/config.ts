import { defineMessages } from './define';

/** Problems with a configuration file: in the editor (a diagnostic on the file) and from the CLI (exit code 2). */
export const configProblems = defineMessages('config', {
  invalid: { zh: '配置无效：{path}：{reason}', en: 'Invalid configuration: {path}: {reason}' },
  /** the path of a problem with the file as a whole */
  root: { zh: '（根）', en: '(root)' },
  'unknown-rule': { zh: '未知的规则 id“{id}”', en: 'unknown rule id "{id}"' },
  'no-options': { zh: '规则“{id}”没有可设置的选项', en: 'rule "{id}" has no options' },
  'invalid-options': { zh: '规则“{id}”的选项无效：{reason}', en: 'invalid options for "{id}": {reason}' },
  'invalid-json': { zh: '{file} 不是有效的 JSON：{reason}', en: '{file} is not valid JSON: {reason}' },
  unreadable: { zh: '无法读取配置文件 {file}：{reason}', en: 'cannot read {file}: {reason}' },
  'defaults-used': { zh: '{problem}（已改用默认配置）', en: '{problem} (defaults are used)' },
});
