import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ReviewFiles } from '../../server/src/node/review-files';

const decision = (reason: string) => ({ report: { unit: '某区档案局', year: 2022 }, rule: 'table-reconcile', key: 't3/本年新收/总计', reason });

describe('.gkreport-review.json files (server/src/node/review-files.ts)', () => {
  test('found upward from the report, the nearest wins; the report named by its path relative to the file', (t) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-review-files-'));
    t.after(() => fs.rmSync(root, { recursive: true, force: true }));
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, '.gkreport-review.json'), JSON.stringify({ version: 1, decisions: [decision('上层')] }));
    const files = new ReviewFiles(() => 'zh-CN');
    const report = path.join(root, 'a', 'b', '2022.md');
    assert.deepEqual(files.reviewInput(report), { decisions: [decision('上层')], path: 'a/b/2022.md' });
    fs.writeFileSync(path.join(root, 'a', '.gkreport-review.json'), JSON.stringify({ version: 1, decisions: [decision('近处')] }));
    // a new file is looked for again when the host says files changed (the server: a watched file event)
    assert.equal(files.forFile(report)?.file, path.join(root, '.gkreport-review.json'));
    files.clear();
    assert.deepEqual(files.reviewInput(report), { decisions: [decision('近处')], path: 'b/2022.md' });
  });

  test('read once while it is unchanged (the same decisions), again when it changed', (t) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-review-files-'));
    t.after(() => fs.rmSync(root, { recursive: true, force: true }));
    const file = path.join(root, '.gkreport-review.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, decisions: [decision('第一次')] }));
    const files = new ReviewFiles(() => 'zh-CN');
    const report = path.join(root, '2022.md');
    const first = files.reviewInput(report)!;
    assert.equal(files.reviewInput(report)!.decisions, first.decisions);
    fs.writeFileSync(file, JSON.stringify({ version: 1, decisions: [decision('改过的理由，长一些')] }));
    assert.deepEqual(files.reviewInput(report)!.decisions.map((entry) => entry.reason), ['改过的理由，长一些']);
    fs.writeFileSync(file, '{ "version": 1, ');
    const broken = files.forFile(report)!;
    assert.deepEqual(broken.decisions, []);
    assert.match(broken.problems[0].message, /^\.gkreport-review\.json 不是有效的 JSON：/);
    assert.equal(files.reviewInput(report), undefined);
  });
});
