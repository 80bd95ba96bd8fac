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
  'fix-imported': {
    zh: '不能就地修复导入的文件（{kind}），未检查：请修改对应的 Markdown，或先用 gkreport import 导入为 Markdown 再修复',
    en: 'an imported file ({kind}) cannot be fixed in place, not checked: fix its Markdown, or run gkreport import first and fix that',
  },
  'same-report': {
    zh: '{skipped} 与 {checked} 是同一份报告（同名导出文件），只检查 {checked}',
    en: '{skipped} is the same report as {checked} (an export of the same name); only {checked} is checked',
  },
  'import-one-file': { zh: 'import 需要且只需要一个文件', en: 'import takes exactly one file' },
  'output-exists': { zh: '{path} 已存在，未覆盖（覆盖请加 --force）', en: '{path} exists and was not overwritten (add --force to overwrite)' },
  unreadable: { zh: '无法读取：{reason}', en: 'cannot read: {reason}' },
  'summary-format': { zh: '--summary csv 只能与 --format csv 同用（收到“--format {format}”）', en: '--summary csv goes with --format csv only (got "--format {format}")' },
  'output-directory': { zh: '无法写入 {path}：目录 {directory} 不存在', en: 'cannot write {path}: the directory {directory} does not exist' },
  written: { zh: '已写入：{path}', en: 'written: {path}' },
  fixed: { zh: '{path}：已修复 {count} 处（{list}）', en: '{path}: applied {count} fix(es) ({list})' },
  summary: {
    zh: '共 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示，{hints} 个提醒',
    en: '{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info(s), {hints} hint(s)',
  },
  /** after the text format's summary when it left hints out (they are the editor's faded marks, as in VS Code's Problems panel) */
  'hints-apart': {
    zh: '提醒不逐条列出（如每处半角标点、每个待填写的单元格）：用 --format json、sarif、csv 或在编辑器中查看',
    en: 'hints are not listed one by one (each half-width mark, each cell to fill): see them with --format json, sarif, csv or in the editor',
  },
  /** the summary when reviewers marked findings as checked: those are not among the counts before */
  'summary-reviewed': {
    zh: '共 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示，{hints} 个提醒；另有 {reviewed} 个已核实',
    en: '{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info(s), {hints} hint(s); {reviewed} more reviewed',
  },
});
