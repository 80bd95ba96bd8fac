import { pasteTables, type PastedBlock } from '../core';
import { readBody, type DocxBlock } from './docx/body';
import { MAX_DOCX_BYTES, problemMessage, type DocxProblem } from './docx/problems';
import { compoundFileProblem, sniff } from './docx/sniff';
import { Numbering } from './docx/numbering';
import { readParagraphStyles, type StyleRole } from './docx/styles';
import { XmlSyntaxError } from './docx/xml';
import { ZipParts, ZipReadError } from './docx/zip';
import { ImportError, type Reader } from './imported';

/** one ImportError per refusal, its message in Chinese and English */
export function importError(problem: DocxProblem, name: string): ImportError {
  return new ImportError(problem, problemMessage(problem, name));
}

const MAIN_DOCUMENT_TYPE = /\/officeDocument$/;

/**
 * A Word file (.docx, as Word, WPS or LibreOffice writes it) → a Markdown report: the title and headings as
 * headings, each paragraph a line with a blank line between, every table a pipe table with its merged cells
 * resolved — 表二/表三/表四 in the canonical layout the core converts them to, any other table as an aligned pipe
 * table of its grid. Refuses, with one ImportError each, a file over the size limit, a PDF, an old .doc, a
 * password-protected .docx, a damaged zip, a zip bomb and a document without text.
 */
export const readDocx: Reader = (bytes, name) => {
  if (bytes.byteLength > MAX_DOCX_BYTES) throw importError('too-large', name);
  const kind = sniff(bytes);
  if (kind === 'pdf') throw importError('pdf', name);
  if (kind === 'cfb') throw importError(compoundFileProblem(bytes, name), name);
  if (kind === 'rtf') throw importError(/\.doc$/i.test(name) ? 'doc' : 'unsupported', name);
  if (kind !== 'zip') throw importError(/\.docx$/i.test(name) ? 'corrupt' : 'unsupported', name);
  try {
    const parts = new ZipParts(bytes);
    const documentPart = mainDocumentPart(parts);
    const xml = parts.text(documentPart);
    if (xml === undefined) throw importError(parts.has('[Content_Types].xml') ? 'unsupported' : 'corrupt', name);
    const styles = readParagraphStyles(parts.text(siblingPart(documentPart, 'styles.xml')));
    const numbering = Numbering.read(parts.text(siblingPart(documentPart, 'numbering.xml')));
    const blocks = readBody(xml, styles, numbering);
    const markdown = toMarkdown(blocks);
    if (markdown.trim() === '') throw importError('empty', name);
    return { markdown, source: 'docx' };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof ZipReadError) throw importError(error.failure, name);
    if (error instanceof XmlSyntaxError) throw importError('corrupt', name);
    throw error;
  }
};

/** the main document part named by _rels/.rels (word/document.xml as Word writes it, document2.xml now and then) */
function mainDocumentPart(parts: ZipParts): string {
  const relationships = parts.text('_rels/.rels');
  if (relationships !== undefined) {
    for (const match of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
      const type = /\bType="([^"]*)"/.exec(match[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
      if (type !== undefined && target !== undefined && MAIN_DOCUMENT_TYPE.test(type)) return target.replace(/^\.?\//, '');
    }
  }
  return 'word/document.xml';
}

function siblingPart(part: string, name: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? name : `${part.slice(0, slash + 1)}${name}`;
}

/** The blocks as the text a paste of them would give (tables converted where they land), paragraphs apart. */
function toMarkdown(blocks: readonly DocxBlock[]): string {
  const pasted: PastedBlock[] = [];
  let titleSeen = false;
  /** a title written in Heading 1: the headings under it keep their level (Heading 2 is a section, ##) */
  let titleInHeading1 = false;
  let previous: DocxBlock['kind'] | undefined;
  for (const block of blocks) {
    if (block.kind === 'table') {
      pasted.push({ kind: 'table', rows: block.rows });
    } else {
      const prefix = headingPrefix(block.lines, block.role, titleSeen, titleInHeading1);
      if (prefix === '# ' && !titleSeen) {
        titleSeen = true;
        titleInHeading1 = block.role?.kind === 'heading';
      }
      if (previous === 'paragraph') pasted.push({ kind: 'text', text: '' });
      const [first, ...rest] = block.lines;
      // a paragraph's lines broken by w:br stay lines of it; a heading is one line
      if (prefix !== '') pasted.push({ kind: 'text', text: `${prefix}${block.lines.join(' ')}` });
      else for (const line of [first, ...rest]) pasted.push({ kind: 'text', text: line });
    }
    previous = block.kind;
  }
  const converted = pasteTables({ text: '', span: { start: 0, end: 0 }, format: 'auto' }, pasted);
  const text = converted ?? pasted.map((block) => (block.kind === 'text' ? block.text : '')).join('\n');
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}[、.．]/;
const SUBSECTION_NUMBER = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
/** a numbered line longer than this, or ending a sentence, is a paragraph that starts with a number */
const MAX_HEADING_LENGTH = 40;

/**
 * The Markdown heading a paragraph is: by its style (Title, Heading 1–3, 标题 1…, an outline level), or, for a
 * report whose headings are typed in Normal style, the first short line naming a 报告 as the title and short
 * numbered lines (一、 / （一）) as section and subsection headings.
 */
function headingPrefix(lines: readonly string[], role: StyleRole | undefined, titleSeen: boolean, titleInHeading1: boolean): string {
  if (role?.kind === 'title') return '# ';
  // a title in Heading 1 (no Title style used) is still the title
  if (role?.kind === 'heading' && role.level === 1 && !titleSeen && /报告$/.test(lines.join(''))) return '# ';
  if (role?.kind === 'heading') return `${'#'.repeat(Math.min(6, titleInHeading1 ? Math.max(2, role.level) : role.level + 1))} `;
  if (lines.length !== 1) return '';
  const line = lines[0];
  if (line.length > MAX_HEADING_LENGTH || /[。；;：:]$/.test(line)) return '';
  if (!titleSeen && /报告$/.test(line)) return '# ';
  if (SECTION_NUMBER.test(line)) return '## ';
  if (SUBSECTION_NUMBER.test(line)) return '### ';
  return '';
}
