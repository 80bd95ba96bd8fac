import { defineMessages } from './define';

/** What the editor shows besides findings: quick-fix titles, completion details, hovers, code lenses, symbols, commands. */
export const fixAll = defineMessages('fix-all', {
  rule: { zh: '修复所有“{rule}”问题', en: 'Fix all "{rule}" problems' },
  all: { zh: '修复所有不改变内容的问题（标点、繁简、文号括号等）', en: 'Fix all problems whose fix cannot change the content (punctuation, script, document-number brackets …)' },
});

/** Titles of the refactorings offered on a table. */
export const refactor = defineMessages('refactor', {
  'pipe-table': { zh: '转换为管道表格', en: 'Convert to a pipe table' },
  'compute-totals': { zh: '计算合计（填写 {count} 个合计单元格）', en: 'Compute totals (fill {count} total cells)' },
  'compute-totals-one': { zh: '计算合计（填写 1 个合计单元格）', en: 'Compute totals (fill 1 total cell)' },
});

export const completion = defineMessages('completion', {
  'section-missing': { zh: '缺少此部分', en: 'missing from the report' },
  'section-present': { zh: '已有此部分', en: 'already in the report' },
  'row-missing': { zh: '{table}：缺少此行', en: '{table}: row missing' },
});

export const hover = defineMessages('hover', {
  'equation-holds': { zh: '成立', en: 'holds' },
  'equation-fails': { zh: '不成立', en: 'fails' },
  'repeat-heading': {
    zh: '与上一年度报告（{name}）相同或仅数字、年份不同的句子（{copied}/{counted}）：',
    en: "Sentences that are last year's report ({name}) again, or differ only in figures and years ({copied}/{counted}):",
  },
  'repeat-line': { zh: '第 {line} 行：{text}', en: 'line {line}: {text}' },
  'repeat-more': { zh: '另有 {count} 句', en: '{count} more' },
  'cell-name': { zh: '{path}：{value}', en: '{path}: {value}' },
  'cell-blank': { zh: '（空）', en: '(blank)' },
  'untitled-table': { zh: '统计表', en: 'statistics table' },
});

export const lens = defineMessages('lens', {
  'all-hold': { zh: '勾稽关系 {count}/{count} 成立', en: 'Reconciliation {count}/{count} hold' },
  'some-fail': { zh: '勾稽关系 {failed} 处不成立（共 {count} 条）', en: 'Reconciliation: {failed} of {count} fail' },
  none: { zh: '未检查勾稽关系', en: 'No reconciliation checked' },
  unfilled: { zh: '待填写 {count} 格', en: '{count} cells to fill' },
  'unfilled-one': { zh: '待填写 1 格', en: '1 cell to fill' },
  'with-unfilled': { zh: '{reconciliation}，{unfilled}', en: '{reconciliation}; {unfilled}' },
  repeat: { zh: '与上年报告重复 {share}%（{copied}/{counted} 句，{name}）', en: "Repeats last year's report: {share}% ({copied}/{counted} sentences, {name})" },
});

/** The outline's name for a table with neither a known title nor a caption. */
export const symbol = defineMessages('symbol', {
  table: { zh: '表格', en: 'table' },
});

/** Labels of edits the server applies by command (shown in the editor's undo history). */
export const command = defineMessages('command', {
  'convert-simplified': { zh: '全文转换为简体', en: 'Convert to simplified' },
  'compute-totals': { zh: '计算合计', en: 'Compute totals' },
});

export const server = defineMessages('server', {
  'checked-when-idle': {
    zh: '此报告超过 {size} 个字符：停止输入或保存时才检查，不在每次按键后检查。',
    en: 'This report is over {size} characters: it is checked when you stop typing or save, not after each keystroke.',
  },
  'invalid-setting': {
    zh: '设置 gkreport.{setting} 无效，该项改用默认值，其他设置照常生效：{problem}',
    en: 'The setting gkreport.{setting} is invalid; its default is used and the other settings apply: {problem}',
  },
});

/** The status bar item of the active report ("年报 2021 · 错误 3 · 勾稽 40/43"), its parts joined by " · ". */
export const status = defineMessages('status', {
  'report-era': { zh: '年报 {era}', en: 'Report {era}' },
  report: { zh: '年报', en: 'Report' },
  errors: { zh: '错误 {count}', en: '{count} errors' },
  equations: { zh: '勾稽 {held}/{total}', en: 'reconciliation {held}/{total}' },
  'tooltip-era': { zh: '{era}年版格式', en: '{era} format' },
  'tooltip-findings': { zh: '{errors} 个错误，{warnings} 个警告', en: '{errors} errors, {warnings} warnings' },
  'tooltip-equations': { zh: '勾稽关系 {held}/{total} 成立', en: 'reconciliation: {held} of {total} hold' },
  'tooltip-click': { zh: '单击打开“问题”面板', en: 'Click to open the Problems panel' },
});

/** Where a clicked code lens goes, when it is not a failing equation (those are named in their own words). */
export const lensTarget = defineMessages('lens-target', {
  'unfilled-cell': { zh: '第一个待填写的单元格', en: 'the first cell to fill' },
});
