import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { msg, normalizeLocale, render, SHARED } from '../core';
import { readReport } from '../node/files';
import { defaultExportPath, EXPORT_TARGETS, isMarkdownPath, type ExportTarget } from '../writers/targets';
import type { CliIo } from './io';

/**
 * `gkreport export FILE.md --to docx|html [-o OUT] [--force]`: the report in the official layout, written to OUT
 * (default: FILE with the new extension); an existing file is kept unless --force. Exit 0 written, 2 otherwise.
 */
export async function runExport(argv: readonly string[], io: Pick<CliIo, 'stdout' | 'stderr'>, usage: (message: string) => number): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        locale: { type: 'string' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const locale = normalizeLocale(values.locale ?? process.env.GKREPORT_LOCALE);
  const text = (ref: Parameters<typeof render>[0]) => render(ref, locale);
  const messages = SHARED.export;
  if (positionals.length === 0) return usage(text(msg(messages['missing-file'])));
  if (positionals.length > 1) return usage(text(msg(messages['one-file'])));
  if (!EXPORT_TARGETS.includes(values.to as ExportTarget)) return usage(text(msg(messages['bad-target'], { to: values.to ?? '' })));
  const to = values.to as ExportTarget;
  const [input] = positionals;
  const output = values.output ?? defaultExportPath(input, to);
  const read = readReport(input);
  if ('error' in read) {
    const reasons = {
      binary: text(msg(SHARED.cli.binary)),
      encoding: text(msg(SHARED.cli['unknown-encoding'])),
      unreadable: read.reason,
    };
    io.stderr(`${input}: ${reasons[read.error]}`);
    return 2;
  }
  if (!values.force && fs.existsSync(output)) {
    io.stderr(text(msg(messages.exists, { path: output })));
    return 2;
  }
  // the writers (docx) load only for an export, so a check starts as fast as before
  const { exportReport } = require('../writers/export') as typeof import('../writers/export');
  const bytes = await exportReport(read.text, { to, markdown: isMarkdownPath(input) });
  try {
    fs.writeFileSync(output, bytes);
  } catch (error) {
    io.stderr(`${output}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  io.stderr(text(msg(messages.written, { path: output })));
  return 0;
}
