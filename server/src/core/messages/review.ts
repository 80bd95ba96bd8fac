import { defineMessages } from './define';

/** Review decisions (.gkreport-review.json): a finding a reviewer marked as checked, and problems with the file. */
export const review = defineMessages('review', {
  /** beside a reviewed finding: in the editor (a hint), the CLI's text output and its CSV */
  reviewed: { zh: '已核实：{reason}', en: 'reviewed: {reason}' },
  /** the quick fix; the client then asks for the reason */
  mark: { zh: '标记为已核实…', en: 'Mark as reviewed…' },
  'invalid-json': { zh: '{file} 不是有效的 JSON：{reason}；其中的核实记录均未生效', en: '{file} is not valid JSON: {reason}; none of its decisions apply' },
  'invalid-file': {
    zh: '{file} 的格式不对：{reason}；应为一个对象，含 "version": 1 和 "decisions" 列表。其中的核实记录均未生效',
    en: '{file} has the wrong shape: {reason}; expected an object with "version": 1 and a "decisions" list. None of its decisions apply',
  },
  'invalid-decision': {
    zh: '第 {index} 条核实记录无效，已跳过（其他记录照常生效）：{reason}',
    en: 'decision {index} is invalid and was skipped (the others apply): {reason}',
  },
  'invalid-report': {
    zh: 'report 应写单位和年度（"unit" 和 "year"），或报告文件的相对路径（"path"）',
    en: 'report must give the unit and the year ("unit" and "year"), or the report file\'s relative path ("path")',
  },
  'unknown-rule': { zh: '未知的规则 id“{id}”', en: 'unknown rule id "{id}"' },
});
