import { displayWidth } from '../../server/src/core';

/** The display columns at which each pipe of a line stands: the same columns mean an aligned table. */
export function pipeColumns(line: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const character of line) {
    if (character === '|') columns.push(column);
    column += displayWidth(character);
  }
  return columns;
}
