import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, render, SHARED, type Locale } from '../core';
import { formatCsv, formatSummaryCsv } from './csv';
import { formatJson, formatSarif, formatText, type FileResult } from './output';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'csv', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOutputOptions {
  readonly format: CheckFormat;
  /** --summary csv: one row per report instead of one per finding */
  readonly summary: boolean;
  readonly locale: Locale;
  readonly version: string;
}

/** the formats that show each report's facts (report-facts.ts): the check computes them only for these */
export const needsFacts = (options: Pick<CheckOutputOptions, 'format' | 'summary'>): boolean => options.format === 'html' || options.summary;

/** The check's output in the format asked for. The audit page's writer loads only when asked for (dist/writers.js). */
export function checkOutput(results: readonly FileResult[], options: CheckOutputOptions): string {
  switch (options.format) {
    case 'json': return formatJson(results);
    case 'sarif': return formatSarif(results, options.version, options.locale);
    case 'csv': return options.summary ? formatSummaryCsv(results) : formatCsv(results, options.locale);
    case 'html': {
      const { auditPage } = require('../writers/export') as typeof import('../writers/export');
      return auditPage(results, { locale: options.locale, generated: new Date() });
    }
    case 'text': return formatText(results, options.locale);
  }
}

/** Why -o FILE cannot be written, said before the check runs (its directory is missing), or undefined. */
export function outputProblem(file: string, locale: Locale): string | undefined {
  const directory = path.dirname(path.resolve(file));
  if (fs.existsSync(directory) && fs.statSync(directory).isDirectory()) return undefined;
  return render(msg(SHARED.cli['output-directory'], { path: file, directory: path.dirname(file) }), locale);
}

/**
 * -o FILE: the output as UTF-8 (the CSV keeps its BOM), ending with a line break; an existing file is replaced (a
 * reviewer re-runs the audit every day). Returns the error to report, or undefined when written.
 */
export function writeOutput(file: string, output: string, format: CheckFormat): string | undefined {
  const text = output.endsWith('\n') ? output : `${output}${format === 'csv' ? '\r\n' : '\n'}`;
  try {
    fs.writeFileSync(file, text, 'utf8');
    return undefined;
  } catch (error) {
    return `${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
