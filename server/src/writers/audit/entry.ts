import { escapeHtml, ruleById, type Finding, type Locale, type Report, type ReportFacts, type Severity } from '../../core';
import { severityWord } from './strings';

/**
 * One checked file, as the CLI's FileResult has it (and the server can make one from its analysis): the audit page
 * needs nothing else, and reads no file itself.
 */
export interface AuditEntry {
  readonly path: string;
  readonly report?: Report;
  readonly findings: readonly Finding[];
  /** unreadable, binary or invalid configuration */
  readonly error?: string;
  /** a text file, or a web page / Word file checked as the text gkreport import makes of it */
  readonly source?: 'text' | 'html' | 'docx';
  /** the report's facts (core reportFacts), computed only for the page and --summary csv; without them its row shows only its findings */
  readonly facts?: ReportFacts;
}

export interface AuditOptions {
  readonly locale: Locale;
  /** when the check ran: shown in the header (UTC) */
  readonly generated: Date;
  /** a host whose Content-Security-Policy allows inline code by nonce only (a VS Code webview) gives one */
  readonly nonce?: string;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A severity as a word in a coloured badge: the colour is never the only sign. */
export function severityBadge(severity: Severity, locale: Locale): string {
  return `<span class="sev sev-${severity}">${escapeHtml(severityWord(locale, severity))}</span>`;
}

/** The name a reviewer knows the report by: its unit, else its file name. */
export function entryName(entry: AuditEntry): string {
  return entry.facts?.unit ?? entry.report?.unitName ?? entry.path.split(/[\\/]/).pop() ?? entry.path;
}

/** The section id of the nth report (#r-1 …): a path may hold anything, a number is a safe fragment. */
export const sectionId = (index: number): string => `r-${index + 1}`;

/** 0.625 → "62.5%" (one decimal: two units' shares differ visibly) */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** The findings a reader counts: not the reviewed ones. */
export const openFindings = (entry: AuditEntry): readonly Finding[] => entry.findings.filter((finding) => !finding.reviewed);

/** A rule's display name in the locale (全角标点, Full-width punctuation); its id when unknown. */
export function ruleName(ruleId: string, locale: Locale): string {
  const rule = ruleById(ruleId);
  return rule ? (locale === 'en' ? rule.meta.name.en : rule.meta.name.zh) : ruleId;
}
