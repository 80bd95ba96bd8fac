import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { ImportReportResult } from '../../server/src/lsp/import-report';
import { readDocx } from '../../server/src/readers/docx';
import { importFile } from '../../server/src/readers';
import { LspSession } from '../helpers/lsp-session';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'docx');

describe('language server: gkreport/importReport (bundled, over stdio)', () => {
  test('a .docx on disk: its Markdown; a PDF, a 50 MB file, a file elsewhere than on this machine: the refusal or InvalidParams, in words', async (t) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-import-'));
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => {
      fs.rmSync(folder, { recursive: true, force: true });
      return session.stop();
    });
    const docx = path.join(FIXTURES, 'report-2021.docx');
    const imported = await session.request<ImportReportResult>('gkreport/importReport', { uri: pathToFileURL(docx).href });
    assert.deepEqual(imported, { markdown: readDocx(new Uint8Array(fs.readFileSync(docx)), 'report-2021.docx').markdown, source: 'docx' });

    // a saved web page goes through the readers' one dispatch too
    const page = path.join(FIXTURES, '..', 'import', 'cms-gbk-report.html');
    const fromPage = await session.request<ImportReportResult>('gkreport/importReport', { uri: pathToFileURL(page).href });
    assert.deepEqual(fromPage, importFile(new Uint8Array(fs.readFileSync(page)), 'cms-gbk-report.html'));
    assert.equal('source' in fromPage && fromPage.source, 'html');

    const pdf = path.join(folder, '年报.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n');
    const refused = await session.request<ImportReportResult>('gkreport/importReport', { uri: pathToFileURL(pdf).href });
    assert.equal('problem' in refused && refused.problem, 'pdf');
    assert.match('message' in refused ? refused.message : '', /^年报\.pdf 是 PDF 文件，暂不支持导入/);

    // refused by its size, before it is read
    const big = path.join(folder, '大.docx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    const tooLarge = await session.request<ImportReportResult>('gkreport/importReport', { uri: pathToFileURL(big).href });
    assert.equal('problem' in tooLarge && tooLarge.problem, 'too-large');

    for (const params of [{ uri: 'untitled:Untitled-1' }, { file: docx }, { uri: pathToFileURL(path.join(folder, '不存在.docx')).href }]) {
      const error = await session.request('gkreport/importReport', params).then(() => undefined, (caught: unknown) => caught);
      assert.ok(error instanceof ResponseError, JSON.stringify(params));
      assert.equal(error.code, -32602);
      assert.match(error.message, /gkreport\/importReport/);
    }
  });
});
