import { z } from 'zod';
import { eraSpec, type EraId, type EraSpec, type SectionSpec, type TableId, type TableSpec } from './schema';
import { BREAKDOWN, SECTIONS_2008, SECTIONS_2019 } from './sections';
import { TABLE2_2019, TABLE2_2021 } from './table2';
import { TABLE3_2019, TABLE3_2021 } from './table3';
import { TABLE4_2019, TABLE4_2021 } from './table4';

/** The format data as written, before validation (tests feed altered copies of it to the schema). */
export const ERA_DATA: z.input<typeof eraSpec>[] = [
  {
    id: '2008', firstYear: 2008, lastYear: 2018, basis: '《政府信息公开条例》（国务院令第492号）第三十二条',
    sections: SECTIONS_2008, sectionsOrdered: false, missingSectionSeverity: 'warning', tables: [], breakdown: BREAKDOWN,
  },
  {
    id: '2019', firstYear: 2019, lastYear: 2020, basis: '国办公开办函〔2019〕60号',
    sections: SECTIONS_2019, sectionsOrdered: true, missingSectionSeverity: 'error',
    tables: [TABLE2_2019, TABLE3_2019, TABLE4_2019], breakdown: BREAKDOWN,
  },
  {
    id: '2021', firstYear: 2021, basis: '国办公开办函〔2021〕30号',
    sections: SECTIONS_2019, sectionsOrdered: true, missingSectionSeverity: 'error',
    tables: [TABLE2_2021, TABLE3_2021, TABLE4_2021], breakdown: BREAKDOWN,
  },
];

export const erasSchema = z.array(eraSpec);

/** Validated once at load: a typo in the format data fails loudly here, not as a silent miss later. */
export const ERAS: readonly EraSpec[] = erasSchema.parse(ERA_DATA);

/** every era's sections: what a heading may name, whatever the report's era */
export const ALL_SECTIONS: readonly SectionSpec[] = ERAS.flatMap((era) => era.sections);

export function eraById(id: EraId): EraSpec {
  const era = ERAS.find((candidate) => candidate.id === id);
  if (!era) throw new Error(`unknown era ${id}`);
  return era;
}

export function eraForYear(year: number | undefined): EraId | undefined {
  if (year === undefined) return undefined;
  const era = ERAS.find((candidate) => year >= candidate.firstYear && year <= (candidate.lastYear ?? Infinity));
  return era?.id;
}

/** What the templates, their instructions and every clerk call the tables, in either language. */
export const TABLE_NAMES: Readonly<Record<TableId, string>> = { t2: '表二', t3: '表三', t4: '表四' };

const specsById = new Map<TableId, TableSpec[]>((['t2', 't3', 't4'] as const).map((id) => [id, ERAS.flatMap((era) => era.tables.filter((table) => table.id === id))]));

export function tableSpecs(id: TableId): TableSpec[] {
  return specsById.get(id)!;
}

export function tableSpec(id: TableId, era: '2019' | '2021'): TableSpec {
  const spec = eraById(era).tables.find((table) => table.id === id);
  if (!spec) throw new Error(`no ${id} in ${era}`);
  return spec;
}

export type { EraId, EraSpec, TableId, TableSpec } from './schema';
