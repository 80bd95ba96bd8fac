import { defineMessages } from './define';

/** What `gkreport export` and the export commands say: usage, where the file went, why it was not written. */
export const exportMessages = defineMessages('export', {
  'missing-file': { zh: '缺少要导出的报告文件', en: 'no report file given' },
  'one-file': { zh: '一次只能导出一个文件', en: 'export takes one file' },
  'bad-target': { zh: '--to 须为 docx 或 html（收到“{to}”）', en: '--to must be docx or html (got "{to}")' },
  exists: { zh: '{path} 已存在，未覆盖（加 --force 覆盖）', en: '{path} exists, not overwritten (add --force to overwrite)' },
  written: { zh: '已导出：{path}', en: 'exported: {path}' },
});
