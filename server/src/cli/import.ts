import * as fs from 'node:fs';
import { msg, render, SHARED, type Locale } from '../core';
import type { CliIo } from './io';

/**
 * `gkreport import FILE [-o OUT.md] [--force]`: the report as Markdown on stdout, or in OUT, which is never
 * overwritten without --force. Exit 2 for a file that cannot be read or imported, with the reader's one message.
 */
export function runImport(inputs: readonly string[], options: { readonly output?: string; readonly force: boolean }, locale: Locale, io: CliIo, usage: (message: string) => number): number {
  const text = (ref: Parameters<typeof render>[0]) => render(ref, locale);
  if (inputs.length !== 1) return usage(text(msg(SHARED.cli['import-one-file'])));
  const [file] = inputs;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? text(msg(SHARED.cli['no-such-file'])) : text(msg(SHARED.cli.unreadable, { reason: error instanceof Error ? error.message : String(error) }));
    io.stderr(`${file}: ${reason}`);
    return 2;
  }
  // the readers load only when an import runs
  const { ImportError, importFile } = require('../readers') as typeof import('../readers');
  let markdown: string;
  try {
    markdown = importFile(bytes, file).markdown;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    io.stderr(locale === 'en' ? error.text.en : error.text.zh);
    return 2;
  }
  if (options.output === undefined) {
    io.stdout(markdown.replace(/\n$/, ''));
    return 0;
  }
  if (fs.existsSync(options.output) && !options.force) {
    io.stderr(text(msg(SHARED.cli['output-exists'], { path: options.output })));
    return 2;
  }
  fs.writeFileSync(options.output, markdown, 'utf8');
  return 0;
}
