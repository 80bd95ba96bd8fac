import { eraForYear } from '../formats';
import type { Report, StandardTable } from '../model/types';
import { numericValue } from '../text/numbers';
import { PLACEHOLDER, reportTemplate } from './templates';

export interface NewReportRequest {
  readonly unit: string;
  readonly year: number;
  readonly kind: 'department' | 'region';
}

/**
 * The template for a unit's report of a year, in the format the year calls for. Last year's report of the
 * unit, when the host has it, supplies 上年结转 (its 结转下年度继续办理) and 现行有效件数.
 */
export function newReport(request: NewReportRequest, previous: Report | undefined): { text: string; carriedFrom?: number } {
  const era = eraForYear(request.year) ?? '2021';
  const lastYear = (tableId: string, rowId: string, columnId: string) => {
    const table = previous?.tables.find((candidate): candidate is StandardTable => candidate.kind === 'standard' && candidate.spec.id === tableId);
    const cell = table?.rows.find((row) => row.rowId === rowId)?.cells.find((candidate) => candidate.columnId === columnId);
    const value = cell ? numericValue(cell.value) : undefined;
    return value === undefined ? undefined : String(value);
  };
  const fill = (rowId: string, columnId: string): string => {
    if (rowId === 'carried') return lastYear('t3', 'forward', columnId) ?? PLACEHOLDER;
    if ((rowId === 'rules' || rowId === 'normative') && columnId === 'inForce' && era === '2021') return lastYear('t2', rowId, 'inForce') ?? PLACEHOLDER;
    return PLACEHOLDER;
  };
  const text = reportTemplate({ era, year: String(request.year), unit: request.unit, kind: request.kind, fill });
  return { text, carriedFrom: previous?.year?.year };
}
