import type { DefaultTreeAdapterMap } from 'parse5';
import type { PastedBlock } from '../core';
import { elementText, everyElement, REPORT_NAME } from './html-article';
import { attribute } from './html';

/** the documents a site attaches a report as (附件): a link to one of these is an attachment, whatever its text */
const DOCUMENT_LINK = /\.(?:pdf|docx?|wps|ofd|xlsx?|et|zip|rar|7z)(?:[?#].*)?$/i;
/**
 * Below this much prose the article is no report but a pointer to one: a page's date line and a sentence or two
 * (本机关2023年年度报告详见附件) stay well under it; the shortest real report is some thousands of characters.
 */
const REPORT_TEXT_MIN = 300;
/** as many attachments as a message names */
const NAMED = 3;

/**
 * The attachments a page that holds no report only links to (附件：某区2023年政府信息公开工作年度报告.pdf), by their
 * link text, else their file name; empty when the article holds a report's text or a table, or links no document.
 * Such a page checked as it is would be a report missing every section: it is refused with what to do instead. A
 * page about something else (a notice with a form attached) is not: it names no report, in its text or its links.
 */
export function attachmentsOnly(document: DefaultTreeAdapterMap['document'], blocks: readonly PastedBlock[]): string[] {
  if (blocks.some((block) => block.kind === 'table')) return [];
  const prose = blocks.reduce((total, block) => total + (block.kind === 'text' && !block.text.startsWith('#') ? block.text.length : 0), 0);
  if (prose >= REPORT_TEXT_MIN) return [];
  const names = everyElement(document)
    .filter((element) => element.tagName === 'a' && DOCUMENT_LINK.test(attribute(element, 'href') ?? ''))
    .map((element) => elementText(element) || fileName(attribute(element, 'href')!));
  const aboutReport = names.some((name) => REPORT_NAME.test(name)) || blocks.some((block) => block.kind === 'text' && REPORT_NAME.test(block.text));
  return aboutReport ? [...new Set(names)].slice(0, NAMED) : [];
}

function fileName(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}
