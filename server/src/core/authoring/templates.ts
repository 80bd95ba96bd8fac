import { eraById, tableSpec } from '../formats';
import { renderTable, type CellFill } from '../formats/render';
import type { EraId, SectionSpec } from '../formats/schema';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface TemplateOptions {
  readonly era: EraId;
  readonly year: string;
  readonly unit: string;
  /** number cells; default: the placeholder 填写 (a table-cell finding until filled) */
  readonly fill?: CellFill;
  /** the body under each section heading */
  readonly body?: (section: SectionSpec) => string;
  readonly kind?: 'department' | 'region';
}

export const PLACEHOLDER = '填写';

export function sectionHeading(section: SectionSpec, index: number): string {
  return `## ${NUMERALS[index + 1]}、${section.title}`;
}

/** A section with its heading, its table (2019/2021) and a body. */
export function sectionTemplate(era: EraId, section: SectionSpec, index: number, options: Pick<TemplateOptions, 'fill' | 'body'> = {}): string {
  const parts = [sectionHeading(section, index), ''];
  if (era !== '2008' && section.table) parts.push(renderTable(tableSpec(section.table, era), options.fill ?? (() => PLACEHOLDER)), '');
  const body = options.body?.(section) ?? `（${section.title}）`;
  if (body) parts.push(body, '');
  return parts.join('\n');
}

/** The title of a unit's report of a year: the unit, then the year ("某市某局2024年政府信息公开工作年度报告"). */
export function reportTitle(unit: string, year: string): string {
  return `${unit}${year}年政府信息公开工作年度报告`;
}

/**
 * A whole report in the canonical layout the parser reads best: title, statistics period, every section and table.
 */
export function reportTemplate(options: TemplateOptions): string {
  const era = eraById(options.era);
  const compiler = options.kind === 'region' ? `本报告由${options.unit}根据本级政府各部门政府信息公开工作年度报告汇总编制。` : `本报告由${options.unit}编制。`;
  const intro = `${compiler}本报告中所列数据的统计期限自${options.year}年1月1日起至${options.year}年12月31日止。`;
  return [
    `# ${reportTitle(options.unit, options.year)}`,
    '',
    intro,
    '',
    ...era.sections.map((section, index) => sectionTemplate(era.id, section, index, options)),
  ].join('\n');
}
