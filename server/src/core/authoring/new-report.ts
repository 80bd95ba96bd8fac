import { eraForYear } from '../formats';
import type { Report, StandardTable } from '../model/types';
import { numericValue } from '../text/numbers';
import { PLACEHOLDER, reportTemplate, reportTitle } from './templates';

export interface NewReportRequest {
  readonly unit: string;
  readonly year: number;
  readonly kind: 'department' | 'region';
}

export interface NewReport {
  /** the report's title, without the Markdown mark: also the name a host saves it under */
  readonly title: string;
  readonly text: string;
  /** the year of last year's report whose figures were carried over */
  readonly carriedFrom?: number;
}

/**
 * The template for a unit's report of a year, in the format the year calls for. Last year's report of the
 * unit, when the host has it, supplies 上年结转 (its 结转下年度继续办理) and 现行有效件数.
 */
export function newReport(request: NewReportRequest, previous: Report | undefined): NewReport {
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
  const year = String(request.year);
  const text = reportTemplate({ era, year, unit: request.unit, kind: request.kind, fill });
  return { title: reportTitle(request.unit, year), text, carriedFrom: previous?.year?.year };
}
