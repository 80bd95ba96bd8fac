import type { CliIo } from './io';
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createChecker, fixList, mergeConfigs, msg, normalizeLocale, render, reportFacts, resolveConfig, selectedFixes, SHARED, type Config, type ConfigProblem, type ReviewInput } from '../core';
import { ConfigFiles, loadConfigFile, type LoadedConfig } from '../node/config-files';
import { expandInputs, readReport, writeReport, type Encoding } from '../node/files';
import { IMPORTED_EXTENSIONS } from '../readers/kinds';
import { runExport } from './export';
import { runImport } from './import';
import { readInput, sameReports, type InputSource } from './inputs';
import { CHECK_FORMATS, checkOutput, needsFacts, outputProblem, writeOutput, type CheckFormat } from './check-output';
import { SUMMARY_HEADER } from './csv';
import { InputReviews } from './reviews';
import { summarize, type FileResult } from './output';

declare const GKREPORT_VERSION: string;
const VERSION = typeof GKREPORT_VERSION === 'string' ? GKREPORT_VERSION : '0.0.0-dev';

const HELP = `gkreport — 政府信息公开工作年度报告检查工具 / checks annual government information-disclosure reports

用法 / usage:
  gkreport check [options] <file|dir|glob>...   目录下检查所有 *.md、*.markdown、*.txt、*.html、*.htm、*.docx
                                                网页和 Word 文件按 gkreport import 导入的文本检查，位置指向导入的文本
  gkreport check [options] -                    从标准输入读取一份报告
    --format text|json|sarif|csv|html
                                   输出格式（默认 text：每条错误、警告、提示一行，提醒只计数；csv：每条问题一行，带 BOM 的 UTF-8，可用 Excel 打开；
                                   html：一个自包含的审核网页，含汇总、可排序筛选的报告表、各报告的问题和表格、图表）
    --summary csv                  每份报告一行（隐含 --format csv），列：
                                   ${SUMMARY_HEADER.join(',')}
    -o FILE                        输出写到 FILE（UTF-8；已存在时覆盖，便于每天重跑）；目录须已存在
    --report-format auto|2008|2019|2021   指定报告格式，不自动识别（默认 auto）
    --max-warnings N               警告数超过 N 时以 1 退出
    --config FILE                  使用指定配置文件，不查找 .gkreportrc.json
    --fix                          就地应用不改变内容的修复（标点、繁简、文号括号等），并列出修改
    --fix-all                      同时应用需要复核的修复（合计数、插入的部分、删除的重复段落等）
    --locale zh-CN|en              消息语言（默认 zh-CN，或环境变量 GKREPORT_LOCALE）
                                   已核实的问题：从每份报告所在目录向上查找 .gkreport-review.json，其中记录的问题
                                   标为“已核实”，单独计数，不计入错误和警告，不影响退出码
  gkreport import FILE.docx|FILE.html|FILE.htm [-o OUT.md] [--force]
                                   将 Word 文件或网页中的年报转换为 Markdown（默认写到标准输出；-o 不覆盖已有文件，除非 --force）
  gkreport export FILE.md --to docx|html [-o OUT] [--force]
                                   按公文格式导出为 Word 或网页（默认与原文件同名；已存在时不覆盖，除非 --force）
  gkreport --version | --help

退出码 / exit codes: 0 无错误；1 有错误（或警告超过 --max-warnings）；2 用法错误、文件不可读、配置或核实记录文件无效`;

export type { CliIo } from './io';

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => fs.readFileSync(0, 'utf8'),
};

export function runCli(argv: readonly string[], io: CliIo = defaultIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        summary: { type: 'string' },
        'report-format': { type: 'string', default: 'auto' },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-all': { type: 'boolean', default: false },
        locale: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`gkreport: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(VERSION);
    return 0;
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const locale = normalizeLocale(values.locale ?? process.env.GKREPORT_LOCALE);
  const usage = (message: string) => {
    io.stderr(`gkreport: ${message}\n\n${HELP}`);
    return 2;
  };
  const [command, ...inputs] = positionals;
  const text = (ref: Parameters<typeof render>[0]) => render(ref, locale);
  if (command === 'import') return runImport(inputs, { output: values.output, force: values.force ?? false }, locale, io, usage);
  if (command !== 'check') return usage(command ? text(msg(SHARED.cli['unknown-command'], { command })) : text(msg(SHARED.cli['missing-command'])));
  if (inputs.length === 0) return usage(text(msg(SHARED.cli['no-files'])));
  // check -o replaces its file (the audit is re-run daily): --force belongs to import and export
  if (values.force) return usage('--force');
  if (values.summary !== undefined && values.summary !== 'csv') return usage(`--summary ${values.summary}`);
  if (values.summary !== undefined && values.format !== undefined && values.format !== 'csv') return usage(text(msg(SHARED.cli['summary-format'], { format: values.format })));
  const format = (values.format ?? (values.summary !== undefined ? 'csv' : 'text')) as CheckFormat;
  if (!CHECK_FORMATS.includes(format)) return usage(`--format ${format}`);
  const outputOptions = { format, summary: values.summary !== undefined, locale, version: VERSION };
  const unwritable = values.output === undefined ? undefined : outputProblem(values.output, locale);
  if (unwritable) {
    io.stderr(`gkreport: ${unwritable}`);
    return 2;
  }
  if (!['auto', '2008', '2019', '2021'].includes(values['report-format']!)) return usage(`--report-format ${values['report-format']}`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) return usage(`--max-warnings ${values['max-warnings']}`);

  let badInput = false;
  const fixed = values.config ? loadConfigFile(values.config, locale) : undefined;
  if (fixed && fixed.problems.length > 0) {
    for (const problem of fixed.problems) io.stderr(`${values.config}: ${problem.message}`);
    return 2;
  }
  const configFiles = new ConfigFiles(() => locale);
  const reportFormat = values['report-format'] as Config['format'];
  /** defaults, then the configuration file that applies (--config, else the nearest .gkreportrc.json), then --report-format */
  const configFor = (file: string | undefined): { config: Config; loaded?: LoadedConfig } => {
    const loaded = fixed ?? (file ? configFiles.forFile(file) : undefined);
    const config = mergeConfigs(resolveConfig({}, locale).config, loaded?.config ?? {}, { format: reportFormat });
    return { config, loaded };
  };

  const results: FileResult[] = [];
  const inputsRead: { path: string; text: string; encoding: Encoding; config: Config; source: InputSource; reviews?: ReviewInput }[] = [];
  const inputReviews = new InputReviews(() => locale, io.stderr);
  const reportedConfigs = new Set<string>();
  const configProblems = (loaded: LoadedConfig | undefined): readonly ConfigProblem[] => {
    if (!loaded || loaded.problems.length === 0 || reportedConfigs.has(loaded.file)) return [];
    reportedConfigs.add(loaded.file);
    return loaded.problems;
  };
  const addInput = (path: string, text: string, encoding: Encoding, source: InputSource = 'text') => {
    const { config, loaded } = configFor(path === '-' ? undefined : path);
    for (const problem of configProblems(loaded)) {
      badInput = true;
      io.stderr(`${loaded!.file}: ${problem.message}`);
    }
    const { reviews, bad } = inputReviews.forInput(path);
    if (bad) badInput = true;
    inputsRead.push({ path, text, encoding, config, source, reviews });
  };
  if (inputs.includes('-')) addInput('-', io.readStdin().replace(/^\uFEFF/, ''), 'utf8');
  const fixing = values.fix || values['fix-all'];
  const { files, missing } = expandInputs(inputs.filter((item) => item !== '-'), IMPORTED_EXTENSIONS);
  for (const path of missing) {
    badInput = true;
    results.push({ path, findings: [], error: text(msg(SHARED.cli['no-such-file'])) });
  }
  // a report kept as Markdown and exported beside it is one report: checked once, from its Markdown
  const same = sameReports(files);
  // said in the text output beside the report checked; the other formats carry it as the file's sameAs
  if (format !== 'text') for (const [skipped, checked] of same) io.stderr(text(msg(SHARED.cli['same-report'], { skipped, checked })));
  for (const path of files) {
    if (same.has(path)) continue;
    const imported = readInput(path, { fixing, locale });
    if (imported !== undefined) {
      if ('error' in imported) {
        badInput = true;
        results.push({ path, findings: [], error: imported.error, source: imported.source });
      } else addInput(path, imported.text, 'utf8', imported.source);
      continue;
    }
    const read = readReport(path);
    if ('error' in read) {
      badInput = true;
      const reasons = {
        binary: text(msg(SHARED.cli.binary)),
        encoding: text(msg(SHARED.cli['unknown-encoding'])),
        unreadable: read.reason,
      };
      results.push({ path, findings: [], error: reasons[read.error] });
      continue;
    }
    addInput(path, read.text, read.encoding);
  }

  const failedRules = new Set<string>();
  const checker = createChecker({
    onRuleError: (ruleId, error) => {
      if (failedRules.has(ruleId)) return;
      failedRules.add(ruleId);
      io.stderr(`gkreport: rule ${ruleId} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  // every input is known before any is checked: a report finds last year's among the others (carryover-mismatch)
  for (const input of inputsRead) checker.addFile({ uri: input.path, text: input.text, config: input.config, name: input.path });
  for (const input of inputsRead) {
    let { analysis } = checker.check({ uri: input.path, text: input.text, config: input.config, name: input.path, reviews: input.reviews });
    const selection = values['fix-all'] ? {} : { safeOnly: true };
    if (fixing && selectedFixes(analysis.findings, selection).length > 0) {
      const result = checker.fixAll(input.text, input.config, selection, input.path);
      if (input.path === '-') io.stdout(result.text);
      else writeReport(input.path, result.text, input.encoding);
      io.stderr(text(msg(SHARED.cli.fixed, { path: input.path, count: result.applied, list: fixList(result.byRule, locale) ?? '' })));
      analysis = checker.check({ uri: input.path, text: result.text, config: input.config, name: input.path, reviews: input.reviews }).analysis;
    }
    const sameAs = [...same].filter(([, checked]) => checked === input.path).map(([skipped]) => skipped);
    results.push({
      path: input.path, report: analysis.report, findings: analysis.findings, source: input.source, ...(sameAs.length > 0 ? { sameAs } : {}),
      ...(needsFacts(outputOptions) ? { facts: reportFacts(analysis) } : {}),
    });
  }

  const order = new Map(['-', ...files, ...missing].map((path, index) => [path, index]));
  results.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  const output = checkOutput(results, outputOptions);
  if (values.output !== undefined) {
    const failed = writeOutput(values.output, output, format);
    if (failed) {
      io.stderr(`gkreport: ${failed}`);
      return 2;
    }
    io.stderr(text(msg(SHARED.cli.written, { path: values.output })));
  } else if (!(fixing && inputs.includes('-') && format === 'text')) io.stdout(output);
  for (const result of results) if (result.error && (format !== 'text' || values.output !== undefined)) io.stderr(`${result.path}: ${result.error}`);
  const summary = summarize(results);
  if (badInput) return 2;
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return 1;
  return 0;
}

/** Every command: check runs synchronously (runCli); export writes through the writers, which are asynchronous (docx). */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  if (argv[0] === 'export') return runExport(argv.slice(1), io, (message) => {
    io.stderr(`gkreport: ${message}\n\n${HELP}`);
    return 2;
  });
  return runCli(argv, io);
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
