/**
 * Checks that every id the format data names exists, and is of the kind the place expects. Run at load by the
 * schemas' refinements, so a typo ("subtotals") fails loudly with where it is, instead of an equation silently
 * never applying. Structural types here, not the schema's, so the schemas can call these without a cycle.
 */

interface Ided {
  readonly id: string;
}

interface RowShape extends Ided {
  readonly columns?: readonly string[];
}

export interface EquationShape {
  readonly id: string;
  readonly each: 'row' | 'column';
  readonly over?: readonly string[];
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly computes?: string;
  readonly when: readonly string[];
  readonly unless: readonly string[];
}

export interface TableShape {
  readonly id: string;
  readonly era: string;
  readonly layout: string;
  readonly columns: readonly Ided[];
  readonly rows: readonly RowShape[];
  readonly equations: readonly EquationShape[];
  readonly markers: readonly ({ readonly text: string } | { readonly rowWithValues: string })[];
}

interface EraShape {
  readonly id: string;
  readonly tables: readonly TableShape[];
  readonly sections: readonly { readonly id: string; readonly table?: string }[];
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

export function tableProblems(table: TableShape): string[] {
  const where = `${table.era} ${table.id}`;
  const rows = new Set(table.rows.map((row) => row.id));
  const columns = new Set(table.columns.map((column) => column.id));
  const problems: string[] = [];
  for (const id of duplicates(table.rows.map((row) => row.id))) problems.push(`${where}: row id "${id}" is used twice`);
  for (const id of duplicates(table.columns.map((column) => column.id))) problems.push(`${where}: column id "${id}" is used twice`);
  for (const row of table.rows) {
    for (const id of row.columns ?? []) if (!columns.has(id)) problems.push(`${where}: row "${row.id}" lists column "${id}", which is not a column of ${table.id}`);
  }
  for (const marker of table.markers) {
    if ('rowWithValues' in marker && !rows.has(marker.rowWithValues)) problems.push(`${where}: marker names row "${marker.rowWithValues}", which is not a row of ${table.id}`);
  }
  table.equations.forEach((equation, index) => problems.push(...equationProblems(table, equation, `${where} equation ${equation.id} (#${index})`)));
  return problems;
}

/** Problems of one equation read against `table`; `where` starts each message. */
export function equationProblems(table: TableShape, equation: EquationShape, where: string): string[] {
  const rows = new Set(table.rows.map((row) => row.id));
  const columns = new Set(table.columns.map((column) => column.id));
  const byRow = equation.each === 'row';
  const terms = byRow ? { set: columns, kind: 'column' } : { set: rows, kind: 'row' };
  const targets = byRow ? { set: rows, kind: 'row' } : { set: columns, kind: 'column' };
  const problems: string[] = [];
  const check = (field: string, ids: readonly string[], expected: { set: ReadonlySet<string>; kind: string }) => {
    for (const id of ids) {
      if (!expected.set.has(id)) problems.push(`${where}: ${field} names "${id}", which is not a ${expected.kind} of ${table.id} (each: ${equation.each})`);
    }
  };
  check('left', equation.left, terms);
  check('right', equation.right, terms);
  check('over', equation.over ?? [], targets);
  if (equation.computes !== undefined && ![...equation.left, ...equation.right].includes(equation.computes)) {
    problems.push(`${where}: computes "${equation.computes}", which is not one of its terms`);
  }
  for (const [field, ids] of [['when', equation.when], ['unless', equation.unless]] as const) {
    for (const id of ids) if (!rows.has(id) && !columns.has(id)) problems.push(`${where}: ${field} names "${id}", which is neither a row nor a column of ${table.id}`);
  }
  if (table.layout === 'rowwise' && byRow) {
    // 表二's rows each have their own columns: a row equation must only read columns its rows have
    for (const row of table.rows.filter((candidate) => equation.over?.includes(candidate.id) ?? true)) {
      for (const id of [...equation.left, ...equation.right]) {
        if (columns.has(id) && !row.columns?.includes(id)) problems.push(`${where}: row "${row.id}" has no column "${id}"`);
      }
    }
  }
  return problems;
}

export function eraProblems(era: EraShape): string[] {
  const problems: string[] = [];
  for (const id of duplicates(era.tables.map((table) => table.id))) problems.push(`${era.id}: table "${id}" is declared twice`);
  for (const table of era.tables) if (table.era !== era.id) problems.push(`${era.id}: table ${table.id} says it belongs to era ${table.era}`);
  if (era.tables.length > 0) {
    for (const section of era.sections) {
      if (section.table && !era.tables.some((table) => table.id === section.table)) problems.push(`${era.id}: section "${section.id}" names table ${section.table}, which the era does not have`);
    }
  }
  return problems;
}

/** A cell named across tables ("t3.new.total", "t4.cases.review.total"): the row is the first segment after the table, the column the rest. */
export function splitCellRef(ref: string): { table: string; row: string; column: string } {
  const [table, row, ...column] = ref.split('.');
  return { table, row, column: column.join('.') };
}

/** Why a cell reference resolves in none of the eras' tables, or undefined when it resolves in at least one. */
export function cellRefProblem(ref: string, tables: readonly TableShape[]): string | undefined {
  const { table, row, column } = splitCellRef(ref);
  const specs = tables.filter((spec) => spec.id === table);
  if (specs.length === 0) return `"${ref}": no table ${table}`;
  const resolves = (spec: TableShape) => {
    const rowSpec = spec.rows.find((candidate) => candidate.id === row);
    return rowSpec !== undefined && spec.columns.some((candidate) => candidate.id === column) && (rowSpec.columns?.includes(column) ?? true);
  };
  if (specs.some(resolves)) return undefined;
  if (!specs.some((spec) => spec.rows.some((candidate) => candidate.id === row))) return `"${ref}": ${table} has no row "${row}"`;
  if (!specs.some((spec) => spec.columns.some((candidate) => candidate.id === column))) return `"${ref}": ${table} has no column "${column}"`;
  return `"${ref}": no era's ${table} has row "${row}" with column "${column}"`;
}
