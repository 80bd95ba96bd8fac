import type { EraId } from '../formats/schema';
import type { Grid, StandardTable, Table } from '../model/types';

export interface BlockJoinInput {
  readonly folded: string;
  /** a top-level heading starts between the offsets: tables on either side belong to different sections */
  readonly sectionBetween: (start: number, end: number) => boolean;
  /** the table at this index recognised again as of the given era (its labels did not show one) */
  readonly recognizeAs: (index: number, era: EraId) => Table;
}

/** a line between two blocks of one table: its 第二十条第（X）项 sub-header, a 单位 line, a caption */
const MAX_SEPARATOR_LINE = 40;
const SENTENCE_END = /[。；;，,]\s*$/;

/**
 * 表二 as real reports publish it: one small table per 第二十条 item, each under its own
 * "第二十条第（X）项" line. Consecutive 表二 blocks with only such lines between them are one 表二: its
 * rows are found across the blocks and a row is missing only when no block has it.
 */
export function joinTableBlocks(tables: readonly Table[], input: BlockJoinInput): Table[] {
  const result: Table[] = [];
  for (let first = 0; first < tables.length;) {
    let last = first;
    while (last + 1 < tables.length && adjacentBlocks(tables[last], tables[last + 1], input)) last++;
    const run = Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
    const joined = run.length > 1 ? joinRun(run, tables, input) : undefined;
    if (joined) result.push(joined);
    else result.push(...run.map((at) => tables[at]));
    first = last + 1;
  }
  return result;
}

function isBlock(table: Table): table is StandardTable {
  return table.kind === 'standard' && table.spec.id === 't2' && table.rows.length > 0;
}

function adjacentBlocks(first: Table, next: Table, input: BlockJoinInput): boolean {
  if (!isBlock(first) || !isBlock(next)) return false;
  const { end } = first.grid.span;
  const start = next.grid.caption?.span.start ?? next.grid.span.start;
  if (start < end || input.sectionBetween(end, start)) return false;
  return input.folded.slice(end, start).split('\n').every((line) => {
    const text = line.trim();
    return text === '' || (text.length <= MAX_SEPARATOR_LINE && !SENTENCE_END.test(text));
  });
}

function joinRun(run: readonly number[], tables: readonly Table[], input: BlockJoinInput): StandardTable | undefined {
  let blocks = run.map((at) => tables[at] as StandardTable);
  const evident = blocks.find((block) => block.eraEvident);
  if (evident) {
    blocks = blocks.map((block, position) => {
      if (block.spec.era === evident.spec.era || block.eraEvident) return block;
      const again = input.recognizeAs(run[position], evident.spec.era);
      return isBlock(again) ? again : block;
    });
  }
  const spec = blocks[0].spec;
  if (blocks.some((block) => block.spec !== spec)) return undefined;
  const first = blocks[0].grid;
  const last = blocks[blocks.length - 1].grid;
  const grid: Grid = { layout: first.layout, span: { start: first.span.start, end: last.span.end }, caption: first.caption, rows: blocks.flatMap((block) => block.grid.rows) };
  return {
    kind: 'standard', spec, eraEvident: blocks.some((block) => block.eraEvident), grid,
    rows: blocks.flatMap((block) => block.rows),
    columnIds: spec.columns.map((column) => column.id),
    missingRows: blocks[0].missingRows.filter((id) => blocks.every((block) => block.missingRows.includes(id))),
    missingColumns: [],
  };
}
