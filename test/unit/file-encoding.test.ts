import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, DEFAULT_CONFIG } from '../../server/src/core';
import { runCli } from '../../server/src/cli/main';

const ROOT = path.join(__dirname, '..', '..', '..');
/** seed 000 saved as GBK (iconv -t GB18030), as Notepad's "ANSI" would */
const GBK_FILE = path.join(ROOT, 'test', 'fixtures', 'encoding', '000-gbk.txt');
/** what an editor shows when it reads those bytes as UTF-8: every byte not UTF-8 becomes U+FFFD */
const GBK_READ_AS_UTF8 = new TextDecoder('utf-8').decode(fs.readFileSync(GBK_FILE));

describe('file-encoding: a GBK file read as UTF-8', () => {
  test('seed 000 saved as GBK and read as UTF-8: one warning on its first garbled line, nothing else', () => {
    const analysis = analyze(GBK_READ_AS_UTF8);
    assert.equal(analysis.limited, 'encoding');
    assert.ok(analysis.applies, 'shown, although the garbled text cannot tell whether it is a report');
    assert.deepEqual(analysis.findings.map((finding) => [finding.ruleId, finding.severity]), [['file-encoding', 'warning']]);
    const [finding] = analysis.findings;
    const replaced = [...GBK_READ_AS_UTF8].filter((character) => character === '\uFFFD').length;
    assert.equal(finding.message,
      `文件按 UTF-8 读取，有 ${replaced} 个字符无法解码，看起来是 GBK/GB 18030 编码（如记事本的“ANSI”），未做检查。请重新以 GB 18030 编码打开：点击状态栏的“UTF-8”，选择“通过编码重新打开”→“简体中文 (GB 18030)”。`);
    // the title line, the first one with Chinese in it
    assert.equal(finding.span.start, 0);
    assert.equal(finding.span.end, GBK_READ_AS_UTF8.indexOf('\n'));
  });

  test('in English, with the count', () => {
    const [finding] = analyze(GBK_READ_AS_UTF8, { ...DEFAULT_CONFIG, locale: 'en' }).findings;
    assert.match(finding.message, /^The file was read as UTF-8 and \d+ characters could not be decoded: it looks like GBK\/GB 18030/);
  });

  test('a first line of ASCII: the finding is on the first line with replacement characters', () => {
    const text = `2023\n${GBK_READ_AS_UTF8}`;
    const [finding] = analyze(text).findings;
    assert.equal(text.slice(finding.span.start, finding.span.end), GBK_READ_AS_UTF8.slice(0, GBK_READ_AS_UTF8.indexOf('\n')));
  });

  test('the same bytes decoded as GB 18030 (what the CLI reads) are the report: no file-encoding finding', () => {
    const { stdout } = cli(['check', '--format', 'json', GBK_FILE]);
    const [file] = JSON.parse(stdout).files;
    const seed = JSON.parse(cli(['check', '--format', 'json', path.join(ROOT, 'test', 'fixtures', 'seeds', '000_4aec82eab3d77799.txt')]).stdout).files[0];
    assert.equal(file.format, '2008');
    assert.equal(seed.format, '2008');
    assert.ok(!file.diagnostics.some((diagnostic: { rule: string }) => diagnostic.rule === 'file-encoding'));
    assert.deepEqual(file.diagnostics, seed.diagnostics);
  });

  test('GBK on stdin (read as UTF-8) gets the one finding', () => {
    const [file] = JSON.parse(cli(['check', '--format', 'json', '-'], GBK_READ_AS_UTF8).stdout).files;
    assert.deepEqual(file.diagnostics.map((diagnostic: { rule: string }) => diagnostic.rule), ['file-encoding']);
  });

  test('off in the configuration: nothing at all (the garbage is still not checked)', () => {
    const analysis = analyze(GBK_READ_AS_UTF8, { ...DEFAULT_CONFIG, rules: { 'file-encoding': 'off' } });
    assert.equal(analysis.limited, 'encoding');
    assert.deepEqual(analysis.findings, []);
  });

  test('binary content is still binary: control characters among the replacement characters', () => {
    // bytes of a zip or an image without NUL in the first 8 KB are rare; with control bytes they are not text
    const binary = new TextDecoder('utf-8').decode(Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 37 + 11) % 256).filter((byte) => byte !== 0)));
    assert.equal(analyze(binary).limited, 'binary');
    assert.deepEqual(analyze(binary).findings, []);
    assert.equal(analyze('\u0001\u0002\u0003\u0004' + '\uFFFD'.repeat(50) + 'ab').limited, 'binary');
  });

  test('not a finding: a UTF-8 report with a stray replacement character, or a few of them', () => {
    const seed = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', '000_4aec82eab3d77799.txt'), 'utf8');
    for (const text of [seed.replace('政府信息', '政府\uFFFD息'), seed.replace(/公开/g, '公\uFFFD')]) {
      const analysis = analyze(text);
      assert.equal(analysis.limited, undefined);
      assert.ok(!analysis.findings.some((finding) => finding.ruleId === 'file-encoding'));
    }
  });
});

function cli(args: string[], stdin = '') {
  const out: string[] = [];
  const code = runCli(args, { stdout: (text) => out.push(text), stderr: () => undefined, readStdin: () => stdin });
  return { code, stdout: out.join('\n') };
}
