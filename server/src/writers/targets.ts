/** What an export can be and where it goes by default: apart from the writers, so a host names them without loading docx. */
export type ExportTarget = 'docx' | 'html';
export const EXPORT_TARGETS: readonly ExportTarget[] = ['docx', 'html'];

/** Markdown files join a paragraph's lines; any other text (.txt, pasted from Word) has one paragraph per line. */
export const isMarkdownPath = (path: string): boolean => /\.(md|markdown)$/i.test(path);

/** FILE.md → FILE.docx / FILE.html */
export const defaultExportPath = (path: string, to: ExportTarget): string => `${path.replace(/\.[^./\\]*$/, '')}.${to}`;
