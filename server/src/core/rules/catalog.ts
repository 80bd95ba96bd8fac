import { messages as missingSection } from './missing-section/messages';
import { messages as sectionOrder } from './section-order/messages';
import { messages as formatOutdated } from './format-outdated/messages';
import { messages as sectionCountClaim } from './section-count-claim/messages';
import { messages as missingTable } from './missing-table/messages';
import { messages as tableShape } from './table-shape/messages';
import { messages as tableCell } from './table-cell/messages';
import { messages as tableReconcile } from './table-reconcile/messages';
import { messages as proseTableMismatch } from './prose-table-mismatch/messages';
import { messages as proseSum } from './prose-sum/messages';
import { messages as prosePercent } from './prose-percent/messages';
import { messages as carryoverMismatch } from './carryover-mismatch/messages';
import { messages as yearMismatch } from './year-mismatch/messages';
import { messages as dateInvalid } from './date-invalid/messages';
import { messages as scriptMixing } from './script-mixing/messages';
import { messages as conversionArtifact } from './conversion-artifact/messages';
import { messages as punctuationWidth } from './punctuation-width/messages';
import { messages as docNumberFormat } from './doc-number-format/messages';
import { messages as bracketBalance } from './bracket-balance/messages';
import { messages as templateResidue } from './template-residue/messages';
import { messages as sentenceEnd } from './sentence-end/messages';
import { messages as contentRepeat } from './content-repeat/messages';
import { messages as lawTitle } from './law-title/messages';
import { messages as headingWording } from './heading-wording/messages';
import { messages as repeatedWord } from './repeated-word/messages';
import { messages as enumerationGap } from './enumeration-gap/messages';
import { messages as duplicateParagraph } from './duplicate-paragraph/messages';
import { messages as staleReview } from './stale-review/messages';
import { messages as unusedSuppression } from './unused-suppression/messages';
import { messages as fileTooLarge } from './file-too-large/messages';
import { messages as fileEncoding } from './file-encoding/messages';
import { SHARED_GROUPS } from '../messages/shared';
import type { Entry, Locale, Template } from '../messages/define';

/**
 * The whole catalog, for the tests that read it (both locales, the same parameters) and the docs. Rendering does
 * not need it: a rule's message ref carries its template (msg), and the shared ones are in messages/shared.ts.
 *
 * Every group of messages: each rule's own (rules/<id>/messages.ts, in documentation order), then the shared ones. */
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
  ...SHARED_GROUPS,
] as const;

type KeysOf<Group> = Group extends Readonly<Record<string, Entry>> ? Group[keyof Group]['key'] : never;

/** Every message key, the rules' and the shared ones. */
export type MessageKey = KeysOf<(typeof GROUPS)[number]>;

export const TEMPLATES: ReadonlyMap<string, Template> = new Map(
  GROUPS.flatMap((group): [string, Template][] => Object.values<Entry>(group).map((entry) => [entry.key, entry])),
);

/** The templates of one language by key. */
export function localeTable(locale: Locale): Readonly<Record<string, string>> {
  return Object.fromEntries([...TEMPLATES].map(([key, template]) => [key, locale === 'en' ? template.en : template.zh]));
}

export const ZH_CN: Readonly<Record<string, string>> = localeTable('zh-CN');
export const EN: Readonly<Record<string, string>> = localeTable('en');
