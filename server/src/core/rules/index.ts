import conversionArtifact from './conversion-artifact';
import type { Rule } from './define';
import docNumberFormat from './doc-number-format';
import duplicateParagraph from './duplicate-paragraph';
import formatOutdated from './format-outdated';
import missingSection from './missing-section';
import missingTable from './missing-table';
import punctuationWidth from './punctuation-width';
import scriptMixing from './script-mixing';
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
  scriptMixing,
  conversionArtifact,
  punctuationWidth,
  docNumberFormat,
  duplicateParagraph,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
