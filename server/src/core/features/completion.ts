import { ERAS } from '../formats';
import { msg, render, type Locale } from '../messages';
import { completion } from '../messages/editor';
import type { Report, StandardTable } from '../model/types';
import { RULES } from '../rules';
import { numeralText } from '../rules/kit/sections';

export interface Completion {
  readonly label: string;
  readonly kind: 'directive' | 'rule' | 'section' | 'row';
  readonly detail?: string;
  readonly sortText?: string;
  readonly preselect?: boolean;
  readonly filterText?: string;
  /** plain text, no snippet syntax */
  readonly insertText?: string;
}

const DIRECTIVES = ['disable', 'enable', 'disable-next-line', 'disable-file'];

/** Section headings in order (the next missing one first), row labels in known tables, rule ids in suppression comments. */
export function completionsAt(report: Report, offset: number, locale: Locale): Completion[] {
  const lineStart = report.lines.lineAt(offset).start;
  const lineText = report.text.slice(lineStart, offset);
  if (/<!--\s*gkreport-[\w-]*$/.test(lineText)) return DIRECTIVES.map((directive) => ({ label: directive, kind: 'directive' }));
  if (/<!--\s*gkreport-[\w-]+(?:[\s,]+[\w-]+)*[\s,]+[\w-]*$/.test(lineText)) {
    return RULES.map((rule) => ({ label: rule.meta.id, kind: 'rule', detail: locale === 'en' ? `${rule.meta.name.en}: ${rule.meta.description.en}` : `${rule.meta.name.zh}：${rule.meta.description.zh}` }));
  }
  if (/^\s*\|[^|]*$/.test(lineText)) return rowLabels(report, offset, locale);
  const heading = /^\s*(#{1,6}\s*)?([一二三四五六七八九十]{0,2})\s*$/.exec(lineText);
  if (heading) return sectionHeadings(report, offset, heading[1] !== undefined, locale);
  return [];
}

function sectionHeadings(report: Report, offset: number, typedHashes: boolean, locale: Locale): Completion[] {
  const era = ERAS.find((candidate) => candidate.id === (report.format === 'unknown' ? '2021' : report.format))!;
  const present = new Set(report.sections.filter((section) => section.spec).map((section) => section.spec!.id));
  const before = report.sections.filter((section) => section.spec && section.span.start < offset).map((section) => section.spec!.numeral);
  const reached = before.length ? Math.max(...before) : 0;
  const next = era.sections.find((spec) => !present.has(spec.id) && spec.numeral > reached) ?? era.sections.find((spec) => !present.has(spec.id));
  const markdown = typedHashes || report.headings.some((candidate) => candidate.style === 'markdown');
  return era.sections.map((spec, index): Completion => {
    const text = `${numeralText(spec.numeral)}、${spec.title}`;
    const missing = !present.has(spec.id);
    return {
      label: text,
      kind: 'section',
      detail: render(msg(missing ? completion['section-missing'] : completion['section-present']), locale),
      sortText: `${spec === next ? 0 : missing ? 1 : 2}${String(index).padStart(2, '0')}`,
      preselect: spec === next,
      filterText: `${numeralText(spec.numeral)} ${spec.title} ${spec.id}`,
      insertText: markdown && !typedHashes ? `## ${text}` : text,
    };
  });
}

function rowLabels(report: Report, offset: number, locale: Locale): Completion[] {
  const table = report.tables.find((candidate): candidate is StandardTable => candidate.kind === 'standard'
    && offset >= candidate.grid.span.start - 1 && offset <= candidate.grid.span.end + 200);
  if (!table) return [];
  const present = new Set(table.rows.map((row) => row.rowId));
  return table.spec.rows.filter((row) => !present.has(row.id) && row.valued !== 'never').map((row, index) => ({
    label: row.label,
    kind: 'row',
    detail: render(msg(completion['row-missing'], { table: table.spec.title }), locale),
    sortText: String(index).padStart(3, '0'),
    insertText: ` ${row.label} |`,
  }));
}
