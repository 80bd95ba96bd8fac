// The benchmark's documents: a ~10 KB unit built from the examples and the seeds (pipe tables, a tab-separated
// table, a one-cell-per-line 附表, prose, a traditional paragraph, a few real errors), repeated with a different
// unit name each time up to the size wanted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');

const report2021 = read('examples/2021-complete.md');
const seed000 = read('test/fixtures/seeds/000_4aec82eab3d77799.txt');
const seed001 = read('test/fixtures/seeds/001_2ce564af3c6c5d5d.txt');
const appendix = seed000.slice(seed000.indexOf('附表1'), seed000.indexOf('附表2'));
const prose = seed000.split('\n').filter((line) => line.length > 80).slice(0, 4).join('\n');
const traditional = seed001.split('\n').find((line) => line.startsWith('圍繞黨和政府')) ?? '';
const tsvTable = [
  '行政复议\t\t\t\t\t行政诉讼',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '2\t1\t0\t1\t4\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0',
].join('\n');
const errors = '本年度,我办共受理政府信息公开申请72件,依据穗府办[2012]41号文件办理。';

export function unit(index) {
  const body = report2021
    .replace('某市某区人民政府办公室', `某市第${index}区人民政府办公室`)
    .replace('| 一、本年新收政府信息公开申请数量 | 60 |', index % 3 === 0 ? '| 一、本年新收政府信息公开申请数量 | 61 |' : '| 一、本年新收政府信息公开申请数量 | 60 |');
  return [body, '', errors.replace('72件', `${70 + (index % 5)}件`), '', prose, '', traditional, '', appendix, '', tsvTable, ''].join('\n');
}

export function documentOf(size) {
  let text = '';
  for (let index = 1; text.length < size; index++) text += `${unit(index)}\n`;
  return text.slice(0, size);
}
