import { messages as missingSection } from '../rules/missing-section/messages';
import { messages as sectionOrder } from '../rules/section-order/messages';
import { messages as formatOutdated } from '../rules/format-outdated/messages';
import { messages as sectionCountClaim } from '../rules/section-count-claim/messages';
import { messages as missingTable } from '../rules/missing-table/messages';
import { messages as tableShape } from '../rules/table-shape/messages';
import { messages as tableCell } from '../rules/table-cell/messages';
import { messages as tableReconcile } from '../rules/table-reconcile/messages';
import { messages as proseTableMismatch } from '../rules/prose-table-mismatch/messages';
import { messages as proseSum } from '../rules/prose-sum/messages';
import { messages as prosePercent } from '../rules/prose-percent/messages';
import { messages as carryoverMismatch } from '../rules/carryover-mismatch/messages';
import { messages as yearMismatch } from '../rules/year-mismatch/messages';
import { messages as dateInvalid } from '../rules/date-invalid/messages';
import { messages as scriptMixing } from '../rules/script-mixing/messages';
import { messages as conversionArtifact } from '../rules/conversion-artifact/messages';
import { messages as punctuationWidth } from '../rules/punctuation-width/messages';
import { messages as docNumberFormat } from '../rules/doc-number-format/messages';
import { messages as duplicateParagraph } from '../rules/duplicate-paragraph/messages';
import { messages as unusedSuppression } from '../rules/unused-suppression/messages';
import { messages as fileTooLarge } from '../rules/file-too-large/messages';
import { cli } from './cli';
import { configProblems } from './config';
import type { Entry, Locale, Template } from './define';
import { command, completion, fixAll, hover, lens, symbol } from './editor';
import { scopes } from './scopes';

/** Every group of messages: each rule's own (rules/<id>/messages.ts, in documentation order), then the shared ones. */
export const GROUPS = [
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
  duplicateParagraph,
  unusedSuppression,
  fileTooLarge,
  scopes,
  fixAll,
  completion,
  hover,
  lens,
  symbol,
  command,
  configProblems,
  cli,
] as const;

type KeysOf<Group> = Group extends Readonly<Record<string, Entry>> ? Group[keyof Group]['key'] : never;

/** Every message key: a ref with any other key fails to compile. */
export type MessageKey = KeysOf<(typeof GROUPS)[number]>;

export const TEMPLATES: ReadonlyMap<string, Template> = new Map(
  GROUPS.flatMap((group): [string, Template][] => Object.values<Entry>(group).map((entry) => [entry.key, entry])),
);

/** The templates of one language by key. */
export function localeTable(locale: Locale): Readonly<Record<string, string>> {
  return Object.fromEntries([...TEMPLATES].map(([key, template]) => [key, locale === 'en' ? template.en : template.zh]));
}
