import { importedReport, type PastedBlock } from '../core';
import { AUDIT_MARK_BYTES, isAuditPageHead } from './audit-mark';
import { findArticle, REPORT_NAME } from './html-article';
import { attachmentsOnly } from './html-attachments';
import { decodePage } from './html-decode';
import { parseHtml, readBlocksOf, type HtmlBlock } from './html';
import { ImportError, type Reader } from './imported';

/** a saved page larger than this is not a report page (a report with its tables is well under 1 MB of HTML) */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

/**
 * Lines of the site's chrome that CMS templates put inside the article's container: the font-size and print bar in
 * its many spellings (【字号：大 中 小】【打印】【关闭】, 字体：【大】【中】【小】, [ 打印本页 ] [ 关闭窗口 ]), share buttons,
 * 返回顶部. A line is dropped only when it is nothing else, and names one of the controls.
 */
const CONTROL_WORDS = /字号|字体|打印|关闭|收藏|纠错|返回顶部|分享/;
const CHROME_LINES: readonly RegExp[] = [
  /^(?:字号|字体|大|中|小|默认|放大|缩小|打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|我要纠错|纠错|返回顶部|保存|[【】[\]（）()|丨:：·\s])+$/,
  /^分享(?:到)?[:：]?\s*(?:微信|微博|QQ空间|QQ|新浪微博|腾讯微博|朋友圈|\s|[、，,|])*$/,
];

const TITLE_MAX_LENGTH = 80;

/**
 * A saved web page (a government site's page of the report) → the report as Markdown: the page decoded (BOM, meta
 * charset, else sniffed), the article found among the site's chrome (html-article.ts), its title and h1–h4 headings as
 * Markdown headings, each other line a paragraph as written (the numbered section headings 一、 （一） too: the
 * parser reads them as they are), every table with its rowspans and colspans resolved, 表二/表三/表四 in the canonical
 * layout of a paste (core features/paste-table.ts). Figures are never changed.
 */
export const readHtmlReport: Reader = (bytes, name) => {
  refuseNonPages(bytes, name);
  const page = decodePage(bytes);
  if (isAuditPageHead(page.text.slice(0, AUDIT_MARK_BYTES))) {
    throw new ImportError('audit-page', {
      zh: `${name}：这是 gkreport 生成的审核汇总页（check --format html），不是年度报告，未导入`,
      en: `${name}: an audit page gkreport wrote (check --format html), not a report; not imported`,
    });
  }
  const document = parseHtml(page.text);
  const article = findArticle(document);
  const blocks = toMarkdownBlocks(readBlocksOf(article.root, { layoutTables: true }), article.title);
  if (!blocks.some((block) => block.kind === 'table' || block.text !== '')) {
    throw new ImportError('empty', { zh: `${name}：网页中没有正文`, en: `${name}: the page holds no text` });
  }
  const attachments = attachmentsOnly(document, blocks);
  if (attachments.length > 0) {
    const list = attachments.join('、');
    throw new ImportError('attachment', {
      zh: `${name}：网页中没有年报正文，只有附件（${list}）：请下载附件后检查——Word 文件（.docx）可直接检查，.doc 请另存为 .docx，PDF 暂不支持（可复制文字另存为 .txt）`,
      en: `${name}: the page holds no report, only its attachment (${attachments.join(', ')}): download it and check that — a .docx directly, a .doc saved as .docx; PDF is not supported yet (copy its text into a .txt)`,
    });
  }
  return { markdown: importedReport(blocks), source: 'html' };
};

function refuseNonPages(bytes: Uint8Array, name: string): void {
  if (bytes.byteLength > MAX_PAGE_BYTES) {
    throw new ImportError('too-large', {
      zh: `${name}：文件超过 ${MAX_PAGE_BYTES / 1024 / 1024} MB，不像年报网页，未导入`,
      en: `${name}: over ${MAX_PAGE_BYTES / 1024 / 1024} MB, not a report's web page; not imported`,
    });
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8)).toString('latin1');
  if (head.startsWith('%PDF')) {
    throw new ImportError('pdf', {
      zh: `${name}：这是 PDF 文件，不是网页；暂不支持 PDF，请在浏览器中打开原网页另存为“网页，仅 HTML”，或复制 PDF 的文字另存为 .txt`,
      en: `${name}: a PDF, not a web page; PDF is not supported yet: save the original page as "Webpage, HTML only", or copy the PDF's text into a .txt`,
    });
  }
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('\u00d0\u00cf\u0011\u00e0')) {
    throw new ImportError('corrupt', {
      zh: `${name}：这是 Word 或压缩文件，不是网页；请改用 .docx 扩展名导入`,
      en: `${name}: a Word or zip file, not a web page; import it with its .docx extension`,
    });
  }
  const utf16 = head.startsWith('\u00ff\u00fe') || head.startsWith('\u00fe\u00ff');
  if (!utf16 && bytes.includes(0)) {
    throw new ImportError('corrupt', {
      zh: `${name}：二进制文件，不是网页，未导入`,
      en: `${name}: a binary file, not a web page; not imported`,
    });
  }
  if (bytes.byteLength === 0 || /^\s*$/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) {
    throw new ImportError('empty', { zh: `${name}：文件为空`, en: `${name}: the file is empty` });
  }
}

/** the article's lines and tables as the Markdown's blocks: headings marked, indentation and chrome lines dropped */
function toMarkdownBlocks(read: readonly HtmlBlock[], titleOutside: string | undefined): PastedBlock[] {
  const blocks: PastedBlock[] = [];
  if (titleOutside !== undefined) blocks.push({ kind: 'text', text: `# ${trim(titleOutside)}` });
  let first = true;
  const lines = joinedTitle(read);
  for (const block of lines) {
    if (block.kind === 'table') {
      const rows = block.rows.map((row) => row.map((cell) => ({ ...cell, text: trim(cell.text) })));
      blocks.push({ kind: 'table', rows });
      first = false;
      continue;
    }
    const text = trim(block.text);
    if (text === '' || (CONTROL_WORDS.test(text) && CHROME_LINES.some((line) => line.test(text)))) continue;
    const isTitle = first && titleOutside === undefined && block.heading === undefined && REPORT_NAME.test(text) && text.length <= TITLE_MAX_LENGTH;
    const level = block.heading ?? (isTitle ? 1 : undefined);
    blocks.push({ kind: 'text', text: level === undefined ? text : `${'#'.repeat(level)} ${text}` });
    first = false;
  }
  return blocks;
}

/**
 * A title the page breaks over two lines (`某县交通运输局2022年政府信息公开<br>工作年度报告`) as one line: the first two
 * lines, when neither names the report alone, both are short and unpunctuated, and together they name it.
 */
function joinedTitle(read: readonly HtmlBlock[]): readonly HtmlBlock[] {
  const [first, second] = read;
  if (first?.kind !== 'text' || second?.kind !== 'text' || first.heading !== undefined || second.heading !== undefined) return read;
  const one = trim(first.text);
  const two = trim(second.text);
  const joined = `${one}${two}`;
  if (REPORT_NAME.test(one) || /[。，；：]/.test(joined) || joined.length > TITLE_MAX_LENGTH || !REPORT_NAME.test(joined)) return read;
  return [{ kind: 'text', text: joined }, ...read.slice(2)];
}

/** ends trimmed of spaces and the ideographic spaces (　　) pages indent their paragraphs with */
function trim(text: string): string {
  return text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}
