import { eraById } from '../../formats';
import type { EraSpec, SectionSpec } from '../../formats/schema';
import type { Report, Section } from '../../model/types';
import type { Span } from '../../text/span';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function numeralText(value: number): string {
  if (value <= 10) return NUMERALS[value];
  if (value < 20) return `十${NUMERALS[value - 10]}`;
  return `${NUMERALS[Math.floor(value / 10)]}十${NUMERALS[value % 10]}`;
}

/** The era whose sections and tables a report is checked against; undefined when structure rules stay silent. */
export function checkedEra(report: Report): EraSpec | undefined {
  return report.format === 'unknown' ? undefined : eraById(report.format);
}

/** The sections that stand for each format section, in document order. */
export function sectionsBySpec(report: Report): ReadonlyMap<string, readonly Section[]> {
  const grouped = new Map<string, Section[]>();
  for (const section of report.sections) {
    if (!section.spec) continue;
    const same = grouped.get(section.spec.id);
    if (same) same.push(section);
    else grouped.set(section.spec.id, [section]);
  }
  return grouped;
}

export function headingText(spec: SectionSpec, report: Report): string {
  const styled = report.sections.find((section) => section.heading.style === 'markdown');
  const prefix = styled ? styled.heading.prefix : '';
  return `${prefix}${numeralText(spec.numeral)}、${spec.title}`;
}

/** Where a finding about the whole report is said: its title, else its first line with text. */
export function reportSpan(report: Report): Span {
  if (report.title) return report.title.span;
  const line = report.lines.lines.find((candidate) => candidate.text.trim() !== '') ?? report.lines.lines[0];
  return { start: line.start, end: line.end };
}
