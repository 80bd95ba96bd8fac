import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { exportReport } from '../../server/src/writers/export';

const ROOT = path.join(__dirname, '..', '..', '..');
const found = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((command) => !found(command));
const skip = missing.length > 0 ? `${missing.join(' and ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils): the exported .docx is not opened in LibreOffice` : false;

describe('the exported .docx in a real office suite', () => {
  test('LibreOffice opens it and prints it: the title and 表三\'s 申请人情况 are in the PDF, on A4', { skip }, async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-office-'));
    const docx = path.join(directory, 'report.docx');
    fs.writeFileSync(docx, await exportReport(fs.readFileSync(path.join(ROOT, 'examples', '2021-complete.md'), 'utf8'), { to: 'docx', markdown: true }));
    // a profile of its own: a LibreOffice already running for the user would take the job and return at once
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(directory, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', directory, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = path.join(directory, 'report.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // LibreOffice breaks the long title over two lines and sets a little space between Chinese and digits
    const squeezed = text.replace(/\s+/g, '');
    assert.ok(squeezed.includes('2021年某市某区人民政府办公室政府信息公开工作年度报告'), 'the title');
    assert.ok(squeezed.includes('申请人情况'), '表三\'s 申请人情况');
    assert.ok(squeezed.includes('法人或其他组织'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});
