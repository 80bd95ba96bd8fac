import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ERAS, render, RULES, type Locale, type Report, type StandardTable } from '../core';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const DIRECTIVES = ['disable', 'enable', 'disable-next-line', 'disable-file'];

/** Section headings in order (the next missing one first), row labels in known tables, rule ids in suppression comments. */
export function completions(document: TextDocument, report: Report, position: Position, locale: Locale): CompletionItem[] {
  const lineText = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const offset = document.offsetAt(position);
  if (/<!--\s*gkreport-[\w-]*$/.test(lineText)) {
    return DIRECTIVES.map((directive) => ({ label: directive, kind: CompletionItemKind.Keyword }));
  }
  if (/<!--\s*gkreport-[\w-]+(?:[\s,]+[\w-]+)*[\s,]+[\w-]*$/.test(lineText)) {
    return RULES.map((rule) => ({
      label: rule.meta.id, kind: CompletionItemKind.Value, detail: locale === 'en' ? rule.meta.description.en : rule.meta.description.zh,
    }));
  }
  if (/^\s*\|[^|]*$/.test(lineText)) return rowLabels(report, offset, locale);
  const heading = /^\s*(#{1,6}\s*)?([一二三四五六七八九十]{0,2})\s*$/.exec(lineText);
  if (heading) return sectionHeadings(report, offset, heading[1] !== undefined, locale);
  return [];
}

function sectionHeadings(report: Report, offset: number, typedHashes: boolean, locale: Locale): CompletionItem[] {
  const era = ERAS.find((candidate) => candidate.id === (report.format === 'unknown' ? '2021' : report.format))!;
  const present = new Set(report.sections.filter((section) => section.spec).map((section) => section.spec!.id));
  const before = report.sections.filter((section) => section.spec && section.span.start < offset).map((section) => section.spec!.numeral);
  const reached = before.length ? Math.max(...before) : 0;
  const next = era.sections.find((spec) => !present.has(spec.id) && spec.numeral > reached) ?? era.sections.find((spec) => !present.has(spec.id));
  const markdown = typedHashes || report.headings.some((candidate) => candidate.style === 'markdown');
  return era.sections.map((spec, index): CompletionItem => {
    const text = `${NUMERALS[spec.numeral]}、${spec.title}`;
    const missing = !present.has(spec.id);
    return {
      label: text,
      kind: CompletionItemKind.Module,
      detail: render({ key: missing ? 'completion/section-missing' : 'completion/section-present' }, locale),
      sortText: `${spec === next ? 0 : missing ? 1 : 2}${String(index).padStart(2, '0')}`,
      preselect: spec === next,
      filterText: `${NUMERALS[spec.numeral]} ${spec.title} ${spec.id}`,
      insertText: markdown && !typedHashes ? `## ${text}` : text,
      insertTextFormat: InsertTextFormat.PlainText,
    };
  });
}

function rowLabels(report: Report, offset: number, locale: Locale): CompletionItem[] {
  const table = report.tables.find((candidate): candidate is StandardTable => candidate.kind === 'standard'
    && offset >= candidate.grid.span.start - 1 && offset <= candidate.grid.span.end + 200);
  if (!table) return [];
  const present = new Set(table.rows.map((row) => row.rowId));
  return table.spec.rows.filter((row) => !present.has(row.id) && row.valued !== 'never').map((row, index) => ({
    label: row.label,
    kind: CompletionItemKind.Field,
    detail: render({ key: 'completion/row-missing', params: { table: table.spec.title } }, locale),
    sortText: String(index).padStart(3, '0'),
    insertText: ` ${row.label} |`,
  }));
}
