import { escapeHtml, tableHtml, type DocumentBlock } from '../core';
import { htmlPage } from './shell/html-page';

/**
 * The HTML export: one self-contained UTF-8 page (inline CSS, no script, nothing fetched) for a government
 * website — the title centred, the headings, the paragraphs indented two characters, the report tables in the
 * template's layout by the core's one table renderer (nothing marked: an export carries no findings).
 * `<meta name="generator" content="gkreport">` lets a directory check know its own pages.
 */
export function writeHtml(blocks: readonly DocumentBlock[]): string {
  const title = blocks.find((block) => block.kind === 'title')?.text ?? '政府信息公开工作年度报告';
  const body = blocks.map(blockHtml).join('\n');
  return htmlPage({ lang: 'zh-CN', title, style: STYLE, body: `<article class="gkr-report">\n${body}\n</article>` });
}

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'title': return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading': return block.level === 1 ? `<h2>${escapeHtml(block.text)}</h2>` : `<h3>${escapeHtml(block.text)}</h3>`;
    case 'paragraph': return `<p>${escapeHtml(block.text)}</p>`;
    case 'table': return `<div class="gkr-table-wrap">\n${tableHtml(block.table)}\n</div>`;
  }
}

// 公文 faces first (a reader with them installed sees the official look), then the common CJK faces of each system
const STYLE = `body { margin: 0; background: #fff; color: #000; }
.gkr-report { max-width: 52em; margin: 0 auto; padding: 2em 1.5em 4em; font: 16pt/1.75 "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; }
.gkr-report h1 { text-align: center; font: 22pt/1.5 "方正小标宋简体", "FZXiaoBiaoSong-B05S", "黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; margin: 0 0 1em; }
.gkr-report h2 { font: 16pt/1.75 "黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; margin: 0.6em 0 0; text-indent: 2em; }
.gkr-report h3 { font: 16pt/1.75 "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", serif; margin: 0.4em 0 0; text-indent: 2em; }
.gkr-report p { margin: 0; text-indent: 2em; text-align: justify; }
.gkr-table-wrap { overflow-x: auto; margin: 0.8em 0; }
.gkr-table { border-collapse: collapse; margin: 0 auto; font-size: 12pt; line-height: 1.4; }
.gkr-table caption { margin-bottom: 0.3em; }
.gkr-table th, .gkr-table td { border: 1px solid #000; padding: 3px 6px; vertical-align: middle; }
.gkr-table th { font-weight: normal; text-align: center; }
.gkr-table td { text-align: center; min-width: 2.5em; }
.gkr-table.gkr-t3 th, .gkr-table.gkr-t2 th { text-align: left; }
.gkr-table tr:first-child th { text-align: center; }
@media print { .gkr-report { max-width: none; padding: 0; } }`;
