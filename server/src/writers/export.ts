import { parseReport } from '../core';
import { documentBlocks } from '../core/features/document-blocks';
import { writeDocx } from './docx';
import { writeHtml } from './html';

export type ExportTarget = 'docx' | 'html';
export const EXPORT_TARGETS: readonly ExportTarget[] = ['docx', 'html'];

/** Markdown files join a paragraph's lines; any other text (.txt, pasted from Word) has one paragraph per line. */
export const isMarkdownPath = (path: string): boolean => /\.(md|markdown)$/i.test(path);

/** The report's text as a .docx (bytes) or an HTML page (UTF-8 bytes), in the official layout. */
export async function exportReport(text: string, options: { readonly to: ExportTarget; readonly markdown: boolean }): Promise<Uint8Array> {
  const blocks = documentBlocks(parseReport(text), { markdown: options.markdown });
  return options.to === 'docx' ? writeDocx(blocks) : new TextEncoder().encode(writeHtml(blocks));
}

/** FILE.md → FILE.docx / FILE.html */
export const defaultExportPath = (path: string, to: ExportTarget): string => `${path.replace(/\.[^./\\]*$/, '')}.${to}`;
