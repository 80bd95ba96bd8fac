import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { z } from 'zod';
import type { NewReportRequest } from '../core';

/** What the server's commands and resolves accept; anything else is answered with InvalidParams, in words. */
const NEW_REPORT = z.tuple([z.object({
  unit: z.string().trim().min(1),
  year: z.number().int().min(1990).max(2100),
  kind: z.enum(['department', 'region']),
})]);
const DOCUMENT_URI = z.tuple([z.string().min(1)]);
export const FIX_ALL_DATA = z.object({
  uri: z.string().min(1),
  version: z.number().int(),
  rules: z.array(z.string()).optional(),
});

/** gkreport/tableCells, gkreport/isReport: the document, and the version the client has (answered only while it is the current one) */
const TABLE_CELLS = z.object({
  textDocument: z.object({ uri: z.string().min(1) }),
  version: z.number().int().optional(),
});

const POSITION = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
/** gkreport/pasteTable: where the paste goes (the document at the client's version) and what the clipboard holds */
const PASTE_TABLE = z.object({
  textDocument: z.object({ uri: z.string().min(1) }),
  version: z.number().int(),
  range: z.object({ start: POSITION, end: POSITION }),
  html: z.string().optional(),
  text: z.string().optional(),
});

/** gkreport/importReport: the file to import (a file: uri) */
const IMPORT_REPORT = z.object({ uri: z.string().min(1) });

export type FixAllData = z.infer<typeof FIX_ALL_DATA>;

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string, expected: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = result.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(arguments)'}: ${issue.message}`).join('; ');
  throw new ResponseError(ErrorCodes.InvalidParams, `${what} expects ${expected}; got ${JSON.stringify(value) ?? 'nothing'} (${where})`);
}

export function newReportArguments(args: unknown): NewReportRequest {
  return parsed(NEW_REPORT, args ?? [], 'gkreport.server.newReport', '[{ unit: string, year: integer, kind: "department" | "region" }]')[0];
}

export function documentArgument(command: string, args: unknown): string {
  return parsed(DOCUMENT_URI, args ?? [], command, '[documentUri: string]')[0];
}

export function fixAllData(data: unknown): FixAllData {
  return parsed(FIX_ALL_DATA, data, 'codeAction/resolve', 'data { uri: string, version: integer, rules?: string[] } as the server gave it');
}

export function documentVersionParams(params: unknown, request = 'gkreport/tableCells'): z.infer<typeof TABLE_CELLS> {
  return parsed(TABLE_CELLS, params, request, '{ textDocument: { uri: string }, version?: integer }');
}

export function pasteTableParams(params: unknown): z.infer<typeof PASTE_TABLE> {
  return parsed(PASTE_TABLE, params, 'gkreport/pasteTable', '{ textDocument: { uri: string }, version: integer, range: Range, html?: string, text?: string }');
}

export function importReportParams(params: unknown): z.infer<typeof IMPORT_REPORT> {
  return parsed(IMPORT_REPORT, params, 'gkreport/importReport', '{ uri: string } (a file: uri)');
}
