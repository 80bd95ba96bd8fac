import { ALL_SECTIONS, eraById, eraForYear } from '../formats';
import type { EraId, SectionSpec } from '../formats/schema';
import type { FormatId, Heading, Report, Section } from '../model/types';
import { cacheSlot, Caches } from '../cache/caches';
import { toEnd, type Steps } from '../cache/steps';
import { splitProse } from '../prose/quantities';
import { foldLines, type FoldedLine } from '../text/fold';
import { LineIndex } from '../text/line-index';
import { detach } from '../text/detach';
import { firstIndex } from '../text/search';
import { parseCellValue, type CellValue } from '../text/numbers';
import { scanGrids } from './grids';
import { matchSection, parseHeadingLine } from './headings';
import { classifyScript, dominantYear, findTitle, selfNamedUnit } from './meta';
import { demoteInnerLists } from './inner-lists';
import { joinTableBlocks } from './join-blocks';
import type { RecognizeContext } from './recognize';
import { recognizeCached } from './table-cache';

export interface ParseOptions {
  /** override format detection */
  readonly format?: FormatId | 'auto';
  /** what the checker keeps from check to check (lines, headings, tables, prose by content); none: a parse from scratch */
  readonly caches?: Caches;
}

/** Cell values by their text: the grid scan asks it of every line. */
const CELL_VALUES = cacheSlot('cell values', () => new Map<string, CellValue>());
const MAX_CELL_VALUES = 20000;

/** Folded lines by their text (see foldLines). */
const FOLDED_LINES = cacheSlot('folded lines', () => new Map<string, FoldedLine>());

/** the title names the disclosure report (政府信息公开工作年度报告, 政务公开年报); any other 年度报告 needs sections or tables */
const ANNUAL_REPORT_TITLE = /公开[^，。]*(?:年度报告|年报)/;
/** tables recognised (or moved) between two steps of a parse */
const TABLES_PER_STEP = 200;
const MIN_SECTIONS_FOR_REPORT = 3;

/** Text in, report model out. Never throws: whatever it cannot recognise is simply absent from the model. */
export function parseReport(text: string, options: ParseOptions = {}): Report {
  return toEnd(parseSteps(text, options));
}

/** The same in steps, one stage (lines, folding, headings, grids, tables, prose) per step, for a host in slices. */
export function* parseSteps(text: string, options: ParseOptions = {}): Steps<Report> {
  const caches = options.caches ?? new Caches();
  caches.nextCheck();
  const lines = new LineIndex(text);
  yield;
  const { folded, lines: foldInfo } = foldLines(text, lines.lines, caches.get(FOLDED_LINES));
  yield;
  const foldedLines = foldInfo.map((line) => line.text);
  const title = findTitle(lines.lines, foldedLines);
  const year = title?.year ?? dominantYear(folded);
  const yearEra = eraForYear(year?.year);

  const candidateHeadings = lines.lines.map((line) =>
    title && line.end > title.span.start && line.start < title.span.end ? undefined : parseHeadingLine(line, foldedLines[line.index], caches));
  const sectionHeadingLines = new Set<number>();
  candidateHeadings.forEach((heading, index) => {
    if (heading?.level === 1 && matchSection(heading, ALL_SECTIONS) !== undefined) sectionHeadingLines.add(index);
  });
  yield;
  const cellValues = caches.get(CELL_VALUES);
  if (cellValues.size > MAX_CELL_VALUES) cellValues.clear();
  const cellValue = (raw: string): CellValue => {
    let value = cellValues.get(raw);
    if (value === undefined) {
      value = parseCellValue(raw);
      cellValues.set(detach(raw), value);
    }
    return value;
  };
  const grids = scanGrids({ lines: lines.lines, folded: foldedLines, isSectionHeading: (index) => sectionHeadingLines.has(index), cellValue });
  yield;
  const inGrid = (offset: number) => {
    // grids are sorted and disjoint: binary search
    let low = 0;
    let high = grids.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (grids[mid].span.end <= offset) low = mid + 1;
      else if (grids[mid].span.start > offset) high = mid - 1;
      else return true;
    }
    return false;
  };
  const headings = demoteInnerLists(candidateHeadings.filter((heading): heading is Heading => heading !== undefined && !inGrid(heading.span.start)), ALL_SECTIONS);

  const sectionEra: EraId = yearEra ?? '2021';
  const sections = buildSections(headings, eraById(sectionEra).sections, text.length);
  const matchedSections = new Set(sections.filter((section) => section.spec).map((section) => section.spec!.id));

  // grids and sections are both in text order: one sweep finds each grid's section
  let sectionIndex = 0;
  const contexts: RecognizeContext[] = grids.map((grid) => {
    while (sectionIndex < sections.length && sections[sectionIndex].span.end <= grid.span.start) sectionIndex++;
    const candidate = sections[sectionIndex];
    const section = candidate && grid.span.start >= candidate.span.start ? candidate : undefined;
    return { folded, expected: sectionEra === '2008' ? undefined : section?.spec?.table, yearEra };
  });
  yield;
  const sectionStarts = headings.filter((heading) => heading.level === 1).map((heading) => heading.span.start);
  const recognized = [];
  for (let index = 0; index < grids.length; index++) {
    recognized.push(recognizeCached(grids[index], text, contexts[index], caches));
    // a large report holds thousands of tables, each copied to its new place after an edit above it
    if (index % TABLES_PER_STEP === TABLES_PER_STEP - 1) yield;
  }
  const tables = joinTableBlocks(recognized, {
    folded,
    sectionBetween: (start, end) => {
      // the first top-level heading at or after start: a report holds thousands of headings
      const first = firstIndex(sectionStarts, (at) => at >= start);
      return first < sectionStarts.length && sectionStarts[first] < end;
    },
    recognizeAs: (index, era) => recognizeCached(grids[index], text, { ...contexts[index], yearEra: era }, caches),
  });
  yield;
  const standardTables = tables.filter((table) => table.kind === 'standard');
  const evident = standardTables.filter((table) => table.eraEvident);
  const tableFormat = evident.some((table) => table.spec.era === '2021') ? '2021'
    : evident.some((table) => table.spec.era === '2019') ? '2019' : undefined;

  const isAnnualReport = (title !== undefined && ANNUAL_REPORT_TITLE.test(folded.slice(title.span.start, title.span.end)))
    || matchedSections.size >= MIN_SECTIONS_FOR_REPORT
    || standardTables.some((table) => table.rows.length >= MIN_SECTIONS_FOR_REPORT);
  const detected: FormatId = isAnnualReport ? yearEra ?? tableFormat ?? '2021' : 'unknown';
  const format = options.format && options.format !== 'auto' ? options.format : detected;

  const report: Omit<Report, 'prose'> = {
    text,
    folded,
    lines,
    title: title ? { text: title.text, span: title.span } : undefined,
    year,
    yearSource: title?.year ? 'title' : year ? 'body' : undefined,
    // without a title line, the unit its name for itself gives in the opening ("编制了《某市某局2022年…年度报告》")
    unitName: title ? title.unitName : selfNamedUnit(folded.slice(0, headings.find((heading) => heading.level === 1)?.span.start ?? folded.length)),
    format,
    tableFormat,
    isAnnualReport: format !== 'unknown',
    script: classifyScript(foldInfo),
    traditionalLines: changedLines(foldInfo),
    headings,
    sections: format === sectionEra || format === 'unknown' ? sections : buildSections(headings, eraById(format).sections, text.length),
    tables,
  };
  yield;
  return { ...report, prose: splitProse(report, caches) };
}

function changedLines(lines: readonly FoldedLine[]): number[] {
  const changed: number[] = [];
  for (let index = 0; index < lines.length; index++) if (lines[index].changed > 0) changed.push(index);
  return changed;
}

function buildSections(headings: readonly Heading[], specs: readonly SectionSpec[], textEnd: number): Section[] {
  const topLevel = headings.filter((heading) => heading.level === 1);
  const childrenOf = new Map<Heading, Heading[]>();
  let parent: Heading | undefined;
  for (const heading of headings) {
    if (heading.level === 1) parent = heading;
    else if (parent) {
      const siblings = childrenOf.get(parent);
      if (siblings) siblings.push(heading);
      else childrenOf.set(parent, [heading]);
    }
  }
  return topLevel.map((heading, index) => {
    const end = topLevel[index + 1]?.span.start ?? textEnd;
    const children = (childrenOf.get(heading) ?? []).map((child, childIndex, siblings) => ({
      heading: child,
      span: { start: child.span.start, end: siblings[childIndex + 1]?.span.start ?? end },
      children: [],
    }));
    return { heading, span: { start: heading.span.start, end }, spec: matchSection(heading, specs), children };
  });
}
