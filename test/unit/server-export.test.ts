import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { LspSession } from '../helpers/lsp-session';

interface ExportResult { base64: string; version: number }

const report = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '2021-complete.md'), 'utf8');

describe('language server: gkreport/export (bundled, over stdio)', () => {
  test('an open report as a page and as a .docx, from the version the client has; another version: nothing; bad params: InvalidParams', async (t) => {
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const uri = 'file:///tmp/gkreport-export/年报.md';
    await session.open(uri, report, 3);

    const page = await session.request<ExportResult>('gkreport/export', { textDocument: { uri }, version: 3, to: 'html' });
    assert.equal(page.version, 3);
    const html = Buffer.from(page.base64, 'base64').toString('utf8');
    assert.match(html, /<meta name="generator" content="gkreport">/);
    assert.match(html, /<th colspan="7">申请人情况<\/th>/);

    const docx = await session.request<ExportResult>('gkreport/export', { textDocument: { uri }, to: 'docx' });
    assert.equal(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString('latin1'), 'PK');

    assert.equal(await session.request('gkreport/export', { textDocument: { uri }, version: 2, to: 'html' }), null);
    assert.equal(await session.request('gkreport/export', { textDocument: { uri: 'file:///tmp/gkreport-export/未打开.md' }, to: 'html' }), null);
    const error = await session.request('gkreport/export', { textDocument: { uri }, to: 'pdf' }).then(() => undefined, (caught: unknown) => caught);
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, -32602);
    assert.match(error.message, /gkreport\/export expects/);
  });
});
