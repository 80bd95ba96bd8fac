import type { Rule } from './define';
import formatOutdated from './format-outdated';
import missingSection from './missing-section';
import missingTable from './missing-table';
import sectionOrder from './section-order';
import tableCell from './table-cell';
import tableReconcile from './table-reconcile';
import tableShape from './table-shape';

/** Every rule, in documentation order. Ids are a public contract: never rename or reuse one. */
export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  formatOutdated,
  missingTable,
  tableShape,
  tableCell,
  tableReconcile,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
