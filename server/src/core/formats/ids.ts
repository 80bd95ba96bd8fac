import type { z } from 'zod';
import type { columnSpec, equationSpec, rowSpec, tableSpec } from './schema';

/**
 * The format data as written, with its ids kept as string literals: a table's row and column ids become unions
 * read from its own rows and columns, and its equations may name only those, so a typo fails to compile.
 * Validation at load (resolve.ts) still checks what types cannot: ids of another era's table, shared lists.
 * The parsed specs (schema.ts) keep plain strings: the recognizer and the model work with any table.
 */

export type ColumnInput<C extends string = string> = Omit<z.input<typeof columnSpec>, 'id'> & { id: C };

/** A row that names the columns it has (表二); matrix rows name none. */
export type RowInput<R extends string = string, C extends string = never> = Omit<z.input<typeof rowSpec>, 'id' | 'columns'> & { id: R; columns?: C[] };

type Conditions<R extends string, C extends string> = { when?: (R | C)[]; unless?: (R | C)[] };

/** each row: terms are columns, `over` rows; each column: the reverse. */
export type EquationInput<R extends string, C extends string> = Omit<z.input<typeof equationSpec>, 'each' | 'over' | 'left' | 'right' | 'computes' | 'when' | 'unless'>
  & Conditions<R, C>
  & ({ each: 'row'; over?: R[]; left: C[]; right: C[]; computes?: C } | { each: 'column'; over?: C[]; left: R[]; right: R[]; computes?: R });

export type TableInput<R extends string, C extends string> = Omit<z.input<typeof tableSpec>, 'columns' | 'rows' | 'equations' | 'markers'> & {
  columns: ColumnInput<C>[];
  rows: RowInput<R, NoInfer<C>>[];
  equations: EquationInput<NoInfer<R>, NoInfer<C>>[];
  markers: ({ text: string } | { rowWithValues: NoInfer<R> })[];
};

export type IdOf<T extends readonly { id: string }[]> = T[number]['id'];
export type RowIdOf<T extends { rows: readonly { id: string }[] }> = IdOf<T['rows']>;
export type ColumnIdOf<T extends { columns: readonly { id: string }[] }> = IdOf<T['columns']>;

/** Identities that only keep the ids' literal types. */
export const columns = <C extends string>(list: ColumnInput<C>[]): ColumnInput<C>[] => list;
export const matrixRows = <R extends string>(list: RowInput<R>[]): RowInput<R>[] => list;
export const table = <R extends string, C extends string>(spec: TableInput<R, C>): TableInput<R, C> => spec;
