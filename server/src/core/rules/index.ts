import carryoverMismatch from './carryover-mismatch';
import conversionArtifact from './conversion-artifact';
import dateInvalid from './date-invalid';
import fileTooLarge from './file-too-large';
import fileEncoding from './file-encoding';
import type { Rule } from './kit/define';
import docNumberFormat from './doc-number-format';
import bracketBalance from './bracket-balance';
import templateResidue from './template-residue';
import sentenceEnd from './sentence-end';
import contentRepeat from './content-repeat';
import duplicateParagraph from './duplicate-paragraph';
import enumerationGap from './enumeration-gap';
import formatOutdated from './format-outdated';
import headingWording from './heading-wording';
import lawTitle from './law-title';
import missingSection from './missing-section';
import missingTable from './missing-table';
import proseTableMismatch from './prose-table-mismatch';
import prosePercent from './prose-percent';
import proseSum from './prose-sum';
import punctuationWidth from './punctuation-width';
import repeatedWord from './repeated-word';
import scriptMixing from './script-mixing';
import sectionCountClaim from './section-count-claim';
import sectionOrder from './section-order';
import tableCell from './table-cell';
import tableReconcile from './table-reconcile';
import tableShape from './table-shape';
import staleReview from './stale-review';
import unusedSuppression from './unused-suppression';
import yearMismatch from './year-mismatch';

/** Every rule, in documentation order. Ids are a public contract: never rename or reuse one. */
export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  formatOutdated,
  sectionCountClaim,
  missingTable,
  tableShape,
  tableCell,
  tableReconcile,
  proseTableMismatch,
  proseSum,
  prosePercent,
  carryoverMismatch,
  yearMismatch,
  dateInvalid,
  scriptMixing,
  conversionArtifact,
  punctuationWidth,
  docNumberFormat,
  lawTitle,
  headingWording,
  bracketBalance,
  templateResidue,
  sentenceEnd,
  contentRepeat,
  repeatedWord,
  enumerationGap,
  duplicateParagraph,
  unusedSuppression,
  staleReview,
  fileTooLarge,
  fileEncoding,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
