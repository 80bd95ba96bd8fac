import { defineMessages } from './define';

/** What the CLI writes besides findings: usage errors, unreadable inputs, fixes applied, the summary line. */
export const cli = defineMessages('cli', {
  'unknown-command': { zh: '未知命令“{command}”', en: 'unknown command "{command}"' },
  'missing-command': { zh: '缺少命令', en: 'missing command' },
  'no-files': { zh: '缺少要检查的文件', en: 'no files given' },
  'no-such-file': { zh: '文件不存在', en: 'no such file' },
  binary: { zh: '二进制文件，未检查', en: 'binary file, not checked' },
  'unknown-encoding': {
    zh: '无法识别文件编码（不是 UTF-8、带 BOM 的 UTF-16 或 GB18030），未检查',
    en: 'unknown encoding (not UTF-8, UTF-16 with BOM or GB18030), not checked',
  },
  fixed: { zh: '{path}：已修复 {count} 处（{list}）', en: '{path}: applied {count} fix(es) ({list})' },
  summary: {
    zh: '共 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示，{hints} 个提醒',
    en: '{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info(s), {hints} hint(s)',
  },
});
