export { completionsAt, type Completion } from './completion';
export { hoverAt, type HoverContent } from './hover';
export { codeLenses, repeatLenses, tableLenses, type Lens, type LensTarget } from './lenses';
export { reportStatus, type ReportStatus } from './status';
export { foldingRanges, outline, type FoldingRange, type OutlineSymbol } from './outline';
export { tableCells, type TableCells } from './cells';
