import { escapeHtml, type Locale } from '../../core';
import { entryName, percent, sectionId, type AuditEntry } from './entry';
import { say, type StringKey } from './strings';

interface Column {
  readonly title: StringKey;
  /** numbers sort as numbers and stand right-aligned */
  readonly numeric: boolean;
}

const COLUMNS: readonly Column[] = [
  { title: 'unit', numeric: false },
  { title: 'year', numeric: true },
  { title: 'format', numeric: false },
  { title: 'errorsShort', numeric: true },
  { title: 'warningsShort', numeric: true },
  { title: 'equationsShort', numeric: true },
  { title: 'prose', numeric: true },
  { title: 'script', numeric: true },
  { title: 'punctuation', numeric: true },
  { title: 'repeat', numeric: true },
  { title: 'published', numeric: false },
];

/** a cell: what it shows (HTML) and what it sorts by (data-v); no sort value sorts last either way */
interface Cell {
  readonly html: string;
  readonly sort?: string | number;
  readonly tone?: string;
}

const NOT_STATED = (locale: Locale): Cell => ({ html: `<span class="na" title="${escapeHtml(say(locale, 'notStated'))}">—</span>` });

/**
 * The reports, one row each: plain HTML that reads without the page's script; the script sorts it (a click on a
 * heading) and filters it (the controls above it, hidden without the script).
 */
export function reportsTable(entries: readonly AuditEntry[], locale: Locale): string {
  const head = COLUMNS.map((column, index) => `<th scope="col"${column.numeric ? ' class="n"' : ''} data-col="${index}" data-type="${column.numeric ? 'number' : 'text'}"><button type="button">${escapeHtml(say(locale, column.title))}</button></th>`).join('');
  const formats = [...new Set(entries.flatMap((entry) => (entry.report && !entry.error ? [entry.report.format] : [])))].sort();
  const options = formats.map((format) => `<option value="${escapeHtml(format)}">${escapeHtml(format === 'unknown' ? say(locale, 'unknownFormat') : say(locale, 'formatEra', { era: format }))}</option>`).join('');
  const rows = entries.map((entry, index) => rowHtml(entry, index, locale)).join('\n');
  return `<section id="list" class="panel">
<h2>${escapeHtml(say(locale, 'navTable'))}</h2>
<div class="controls" hidden>
<input type="search" id="filter-text" placeholder="${escapeHtml(say(locale, 'filterText'))}" aria-label="${escapeHtml(say(locale, 'filterText'))}">
<select id="filter-format" aria-label="${escapeHtml(say(locale, 'format'))}"><option value="">${escapeHtml(say(locale, 'allFormats'))}</option>${options}</select>
<label><input type="checkbox" id="filter-errors"> ${escapeHtml(say(locale, 'onlyErrors'))}</label>
<span id="filter-count" class="muted" data-template="${escapeHtml(say(locale, 'shown', { shown: '{shown}', total: '{total}' }))}"></span>
<span class="muted">${escapeHtml(say(locale, 'sortHint'))}</span>
</div>
<div class="scroll">
<table id="reports" class="grid">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</section>`;
}

function rowHtml(entry: AuditEntry, index: number, locale: Locale): string {
  const name = entryName(entry);
  const link = `<a href="#${sectionId(index)}">${escapeHtml(name)}</a>${name === entry.path ? '' : `<div class="path">${escapeHtml(entry.path)}</div>`}`;
  const facts = entry.error === undefined ? entry.facts : undefined;
  const search = `${name} ${entry.path}`.toLowerCase();
  if (!facts || !entry.report) {
    const reason = entry.error ? `<div class="file-error">${escapeHtml(entry.error)}</div>` : '';
    const cells: Cell[] = [{ html: `${link}${reason}`, sort: name }, ...COLUMNS.slice(1).map(() => NOT_STATED(locale))];
    return `<tr data-search="${escapeHtml(search)}" data-format="" data-errors="${entry.error ? 1 : 0}">${cells.map(cellHtml).join('')}</tr>`;
  }
  const count = (value: number, tone: string): Cell => ({ html: String(value), sort: value, tone: value > 0 ? tone : '' });
  const failed = facts.equations.total - facts.equations.held;
  const equations: Cell = facts.equations.total === 0 ? NOT_STATED(locale)
    : { html: `${facts.equations.held}/${facts.equations.total}`, sort: failed, tone: failed > 0 ? 'tone-error' : '' };
  const repeat: Cell = facts.contentRepeat
    ? { html: `<span title="${escapeHtml(say(locale, 'previous', { name: facts.contentRepeat.previous }))}">${percent(facts.contentRepeat.share)}</span>`, sort: facts.contentRepeat.share }
    : NOT_STATED(locale);
  const publication = facts.publication;
  const late = publication?.daysLate ? ` <span class="sev sev-info">${escapeHtml(say(locale, 'daysLate', { days: publication.daysLate }))}</span>` : '';
  const published: Cell = publication ? { html: `${escapeHtml(publication.date)}${late}`, sort: publication.date } : NOT_STATED(locale);
  const format = facts.format === 'unknown' ? say(locale, 'unknownFormat') : facts.format;
  const cells: Cell[] = [
    { html: link, sort: name },
    facts.year === undefined ? NOT_STATED(locale) : { html: String(facts.year), sort: facts.year },
    { html: escapeHtml(format), sort: format },
    count(facts.counts.error, 'tone-error'),
    count(facts.counts.warning, 'tone-warning'),
    equations,
    count(facts.proseMismatches, 'tone-warning'),
    count(facts.scriptMixing, 'tone-warning'),
    count(facts.punctuation, 'tone-warning'),
    repeat,
    published,
  ];
  return `<tr data-search="${escapeHtml(search)}" data-format="${escapeHtml(facts.format)}" data-errors="${facts.counts.error}">${cells.map(cellHtml).join('')}</tr>`;
}

function cellHtml(cell: Cell, index: number): string {
  const classes = [COLUMNS[index].numeric ? 'n' : '', cell.tone ?? ''].filter(Boolean);
  const sort = cell.sort === undefined ? '' : ` data-v="${escapeHtml(String(cell.sort))}"`;
  return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}${sort}>${cell.html}</td>`;
}
