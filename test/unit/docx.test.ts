import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { analyze, type StandardTable } from '../../server/src/core';
import { readDocx } from '../../server/src/readers/docx';
import { formatNumber } from '../../server/src/readers/docx/numbering';
import { ImportError, type ImportProblem } from '../../server/src/readers/imported';
import { makeCompoundFile, makeDocx, makeZip, paragraph } from '../helpers/docx';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'docx');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

/** the findings of a text as `rule: message`, in document order */
const findingsOf = (markdown: string) => analyze(markdown).findings.map((finding) => `${finding.ruleId}: ${finding.message}`);

function standardTable(markdown: string, id: string): StandardTable {
  const table = analyze(markdown).report.tables.find((candidate) => candidate.kind === 'standard' && candidate.spec.id === id);
  assert.ok(table && table.kind === 'standard', `${id} recognised`);
  return table;
}

/** the numbers of an HTML fixture's cells in document order, read with a regular expression: an oracle apart from the reader */
const numbersInHtml = (html: string) => [...html.matchAll(/<td[^>]*>(-?\d+(?:\.\d+)?)<\/td>/g)].map((match) => match[1]);
const valuesOf = (table: StandardTable) => table.rows.flatMap((row) => row.cells.map((value) => value.cell.text)).filter((text) => text !== '');

describe('reading .docx made by LibreOffice from HTML with colspan/rowspan (server/src/readers/docx.ts)', () => {
  test('a 2021 report with 表二, 表三 (merged header and row labels) and 表四 (three header levels): headings, paragraphs, canonical tables, no finding', () => {
    const { markdown, source } = readDocx(fixture('report-2021.docx'), 'report-2021.docx');
    assert.equal(source, 'docx');
    const lines = markdown.split('\n');
    assert.deepEqual(lines.filter((line) => line.startsWith('#')), [
      '# 某市生态环境局2021年政府信息公开工作年度报告',
      '## 一、总体情况',
      '### （一）主动公开',
      '## 二、主动公开政府信息情况',
      '## 三、收到和处理政府信息公开申请情况',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '## 五、存在的主要问题及改进情况',
      '## 六、其他需要报告的事项',
    ]);
    // paragraphs apart, a line break (<br>) inside the signature kept as a line
    assert.deepEqual(lines.slice(-3), ['某市生态环境局', '2022年1月20日', '']);
    assert.ok(lines.some((line) => /^\| （一）予以公开 +\| 41 +\| 4 +\| 1 +\| 0 +\| 1 +\| 1 +\| 48 +\|$/.test(line)), markdown);
    assert.match(lines.find((line) => line.startsWith('| 行政复议'))!, /^\| 行政复议 +\| +\| +\| +\| +\| 行政诉讼 +\|/);
    const html = fs.readFileSync(path.join(FIXTURES, 'report-2021.html'), 'utf8');
    const table3 = standardTable(markdown, 't3');
    assert.deepEqual([table3.missingRows, table3.missingColumns], [[], []]);
    assert.equal(valuesOf(table3).length, 175);
    const table4 = standardTable(markdown, 't4');
    assert.deepEqual(valuesOf(table4), ['6', '1', '0', '1', '8', '3', '0', '1', '1', '5', '1', '0', '0', '0', '1']);
    // every figure of the page, in order, exactly as written (86.5 too)
    assert.deepEqual([...valuesOf(standardTable(markdown, 't2')), ...valuesOf(table3), ...valuesOf(table4)], numbersInHtml(html));
    assert.deepEqual(findingsOf(markdown), []);
  });

  test('the same report with a wrong 总计 in 表三 and a figure in the prose that differs from it: exactly those two findings', () => {
    const { markdown } = readDocx(fixture('report-2021-errors.docx'), 'report-2021-errors.docx');
    // headings typed as bold Normal paragraphs, the title a centred one: headings all the same
    assert.deepEqual(markdown.split('\n').filter((line) => line.startsWith('#')).length, 8);
    assert.deepEqual(findingsOf(markdown), [
      'prose-table-mismatch: 表中为 133：正文“135件”（本年新收申请）与表格不一致。',
      'table-reconcile: 应为 48：此单元格使 2 条勾稽关系不成立（R3.2 总计应等于各类申请人之和（“予以公开”行）；R3.3 办理结果总计应等于各项办理结果之和（“总计”列））。',
    ]);
  });

  const soffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return true;
    } catch {
      return false;
    }
  })();
  test('LibreOffice converts the HTML again into a .docx that reads as the committed one', { skip: soffice ? false : 'soffice is not installed (apt-get install libreoffice-writer-nogui); the committed .docx fixtures are tested above' }, () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-docx-'));
    try {
      fs.copyFileSync(path.join(FIXTURES, 'report-2021.html'), path.join(directory, 'report-2021.html'));
      // a profile of its own: a LibreOffice already running for the user does not take the conversion over
      execFileSync('soffice', [`-env:UserInstallation=file://${directory}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', directory, path.join(directory, 'report-2021.html')], { stdio: 'ignore', timeout: 120_000 });
      const regenerated = readDocx(new Uint8Array(fs.readFileSync(path.join(directory, 'report-2021.docx'))), 'report-2021.docx').markdown;
      assert.equal(regenerated, readDocx(fixture('report-2021.docx'), 'report-2021.docx').markdown);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('a .docx as Word writes it: tracked changes, a comment, fields, styles by id (server/src/readers/docx.ts)', () => {
  // Word in a Chinese UI: style ids "a3" (Title) and "1" (heading 1), the names in English as Word stores them
  const styles = [
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/></w:style>',
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>',
    '<w:style w:type="character" w:styleId="a5"><w:name w:val="annotation reference"/></w:style>',
  ].join('');
  const revision = (id: number) => `w:id="${id}" w:author="张三" w:date="2022-01-10T09:00:00Z"`;
  const body = [
    paragraph('某县统计局2021年政府信息公开工作年度报告', 'a3'),
    paragraph('一、总体情况', '1'),
    // a tracked deletion and insertion, a comment on the figure, a move of a phrase to the end
    '<w:p w:rsidR="00B2" w:rsidRDefault="00B2"><w:r><w:t xml:space="preserve">2021年，本局</w:t></w:r>',
    `<w:moveFromRangeStart ${revision(7)} w:name="move1"/><w:moveFrom ${revision(8)}><w:r><w:t>上年结转2件，</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="7"/>`,
    '<w:r><w:t>本年新收政府信息公开申请</w:t></w:r>',
    `<w:commentRangeStart w:id="0"/><w:del ${revision(1)}><w:r><w:delText>102</w:delText></w:r></w:del><w:ins ${revision(2)}><w:r><w:t>12</w:t></w:r></w:ins><w:commentRangeEnd w:id="0"/>`,
    '<w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:commentReference w:id="0"/></w:r><w:r><w:t>件，</w:t></w:r>',
    `<w:moveToRangeStart ${revision(9)} w:name="move1"/><w:moveTo ${revision(10)}><w:r><w:t>上年结转2件。</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="9"/></w:p>`,
    // two paragraphs joined (the first one's mark deleted), and a whole paragraph deleted with its mark
    `<w:p><w:pPr><w:rPr><w:del ${revision(11)}/></w:rPr></w:pPr><w:r><w:t>全年共办理</w:t></w:r></w:p><w:p><w:r><w:t>答复12件。</w:t></w:r></w:p>`,
    `<w:p><w:pPr><w:rPr><w:del ${revision(12)}/></w:rPr></w:pPr><w:del ${revision(13)}><w:r><w:delText>这一段已删除。</w:delText></w:r></w:del></w:p>`,
    // a tab and a soft hyphen (the character and Word's element), a non-breaking hyphen, hidden text, a drawing's alternatives
    '<w:p><w:r><w:tab/><w:t>联系电话：</w:t></w:r><w:r><w:tab/><w:t>0571</w:t></w:r><w:r><w:noBreakHyphen/><w:t>8800\u00ad1234</w:t></w:r><w:r><w:softHyphen/></w:r>',
    '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注，不公开）</w:t></w:r>',
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"/></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>图片替代文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    // a heading by the paragraph's own outline level
    '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>（一）主动公开</w:t></w:r></w:p>',
    // fields: a simple one and a complex one, their results kept, their codes dropped
    '<w:p><w:r><w:t xml:space="preserve">本报告共 </w:t></w:r><w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> 页，发布于</w:t></w:r>',
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2022年1月20日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>。</w:t></w:r></w:p>',
    // a table that is no report table: a vertical merge over a label and over a number, gridBefore and gridAfter
    '<w:tbl><w:tblPr><w:tblStyle w:val="a4"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>',
    '<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>栏目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>子栏目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>条数</w:t></w:r></w:p></w:tc></w:tr>',
    '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>政策文件</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>规划</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>40</w:t></w:r></w:p></w:tc></w:tr>',
    '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>计划</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>',
    '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>40</w:t></w:r></w:p></w:tc></w:tr>',
    // a row deleted with tracked changes on (its 99 not marked itself: the row's deletion takes it)
    `<w:tr><w:trPr><w:del ${revision(14)}/></w:trPr><w:tc><w:p><w:del ${revision(15)}><w:r><w:delText>已删除的行</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p><w:r><w:t>99</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>`,
    '<w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>规划与</w:t></w:r></w:p><w:p><w:r><w:t>计划合并</w:t></w:r></w:p></w:tc></w:tr>',
    '</w:tbl>',
    '<w:p/>',
  ].join('');
  const comments = `<w:comment w:id="0" w:author="李四" w:date="2022-01-11T10:00:00Z" w:initials="LS"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>请核对该数字</w:t></w:r></w:p></w:comment>`;

  test('the accepted text: insertions and moves-to kept, deletions (of text, a paragraph mark, a row), moves-from, comments, field codes and hidden text dropped', () => {
    const { markdown } = readDocx(makeDocx(body, { styles, comments }), '统计局年报.docx');
    assert.equal(markdown, [
      '# 某县统计局2021年政府信息公开工作年度报告',
      '',
      '## 一、总体情况',
      '',
      '2021年，本局本年新收政府信息公开申请12件，上年结转2件。',
      '',
      '全年共办理答复12件。',
      '',
      '联系电话： 0571-88001234',
      '',
      '### （一）主动公开',
      '',
      '本报告共 3 页，发布于2022年1月20日。',
      '',
      '| 栏目     | 子栏目         | 条数 |',
      '| -------- | -------------- | ---- |',
      '| 政策文件 | 规划           | 40   |',
      '| 政策文件 | 计划           |      |',
      '|          | 合计           | 40   |',
      '| 备注     | 规划与计划合并 |      |',
      '',
    ].join('\n'));
  });
});

describe('automatic numbering (word/numbering.xml), as Word counts it (server/src/readers/docx.ts)', () => {
  // a multilevel list as Word's Chinese templates define it: 一、 / （一） / 1.; heading 1 numbered by its style
  const numbering = [
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>',
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>',
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>',
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>',
    '</w:abstractNum>',
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>',
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
  ].join('');
  const styles = [
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  ].join('');
  const numbered = (text: string, ilvl: number, numId = 1) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const headings = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项', '七', '八', '九', '十', '十一'];

  test('numbers written before the text: 一、…十一、 by the heading style, （一）（二） restarting under each, 1. in a cell, bullets and numId 0 without', () => {
    const body = [
      paragraph('某县统计局2021年政府信息公开工作年度报告'),
      `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>${headings[0]}</w:t></w:r></w:p>`,
      numbered('主动公开', 1), numbered('依申请公开', 1),
      ...headings.slice(1).map((heading) => `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>${heading}</w:t></w:r></w:p>`),
      numbered('政策解读', 1),
      // the style's numbering switched off on the paragraph, and a bullet
      '<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>附件</w:t></w:r></w:p>',
      numbered('一条要点。', 0, 2),
      `<w:tbl><w:tr><w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>属于国家秘密</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
    ].join('');
    const lines = readDocx(makeDocx(body, { styles, numbering }), 'n.docx').markdown.split('\n').filter((line) => line !== '');
    assert.deepEqual(lines, [
      '# 某县统计局2021年政府信息公开工作年度报告',
      '## 一、总体情况',
      // a short numbered line is a subsection's heading, numbered by hand or by Word
      '### （一）主动公开',
      '### （二）依申请公开',
      '## 二、主动公开政府信息情况',
      '## 三、收到和处理政府信息公开申请情况',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '## 五、存在的主要问题及改进情况',
      '## 六、其他需要报告的事项',
      '## 七、七',
      '## 八、八',
      '## 九、九',
      '## 十、十',
      '## 十一、十一',
      '### （一）政策解读',
      '## 附件',
      '一条要点。',
      '| 1.属于国家秘密 | 0   |',
      '| -------------- | --- |',
    ]);
  });
});

describe('the number formats of Word lists a report uses (server/src/readers/docx/numbering.ts)', () => {
  test('chineseCounting and its thousand form, ideographic and full-width digits, stems, circled, letters and Roman numerals', () => {
    assert.deepEqual([1, 10, 11, 20, 21, 99].map((value) => formatNumber(value, 'chineseCounting')), ['一', '十', '十一', '二十', '二十一', '九十九']);
    assert.deepEqual([100, 105].map((value) => formatNumber(value, 'chineseCounting')), ['一〇〇', '一〇五']);
    assert.deepEqual([100, 105, 110, 1001].map((value) => formatNumber(value, 'chineseCountingThousand')), ['一百', '一百零五', '一百一十', '一千零一']);
    assert.deepEqual([formatNumber(12, 'ideographDigital'), formatNumber(3, 'ideographTraditional'), formatNumber(3, 'decimalEnclosedCircleChinese'), formatNumber(12, 'decimalFullWidth')], ['一二', '丙', '③', '１２']);
    assert.deepEqual([formatNumber(28, 'lowerLetter'), formatNumber(14, 'upperRoman'), formatNumber(4, 'lowerRoman'), formatNumber(1, 'bullet')], ['bb', 'XIV', 'iv', undefined]);
  });
});

function problemOf(bytes: Uint8Array, name: string): { problem: ImportProblem; zh: string; en: string } {
  try {
    readDocx(bytes, name);
  } catch (error) {
    assert.ok(error instanceof ImportError, `an ImportError, not ${String(error)}`);
    return { problem: error.problem, zh: error.text.zh, en: error.text.en };
  }
  assert.fail(`${name} was read`);
}

describe('bad input: one clear ImportError each, in Chinese and English (server/src/readers/docx.ts)', () => {
  const real = fixture('report-2021.docx');

  test('a damaged .docx (cut short, or not a zip at all) is corrupt', () => {
    for (const bytes of [real.subarray(0, real.length / 2), new TextEncoder().encode('这不是 Word 文档')]) {
      const { problem, zh, en } = problemOf(bytes, '年报.docx');
      assert.equal(problem, 'corrupt');
      assert.match(zh, /^年报\.docx 不是有效的 Word 文档.*重新保存/);
      assert.match(en, /^年报\.docx is not a valid Word document/);
    }
    // a zip whose document.xml is not XML
    assert.equal(problemOf(makeDocx('<w:p><w:r><w:t>未闭合'), 'a.docx').problem, 'corrupt');
  });

  test('a password-protected .docx (an OLE container with EncryptedPackage) and an old binary .doc (WordDocument) are told apart', () => {
    const encrypted = problemOf(makeCompoundFile(['EncryptionInfo', 'EncryptedPackage']), '年报.docx');
    assert.equal(encrypted.problem, 'encrypted');
    assert.match(encrypted.zh, /设有打开密码/);
    assert.match(encrypted.en, /password-protected/);
    const doc = problemOf(makeCompoundFile(['WordDocument', '1Table']), '年报.doc');
    assert.equal(doc.problem, 'doc');
    assert.match(doc.zh, /旧版 Word 二进制文档（\.doc），暂不支持导入。请在 Word 或 WPS 中“另存为” \.docx，或运行 soffice --headless --convert-to docx/);
    assert.match(doc.en, /cannot be imported yet: save it as \.docx in Word or WPS, or run soffice --headless --convert-to docx/);
    // a .doc renamed .docx is still a .doc; a container naming neither stream goes by the file's name
    assert.equal(problemOf(makeCompoundFile(['WordDocument']), 'renamed.docx').problem, 'doc');
    assert.equal(problemOf(makeCompoundFile([]), 'x.docx').problem, 'encrypted');
    assert.equal(problemOf(makeCompoundFile([]), 'x.doc').problem, 'doc');
  });

  test('a .docx without text is empty', () => {
    const { problem, zh, en } = problemOf(makeDocx('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'), '空白.docx');
    assert.equal(problem, 'empty');
    assert.equal(zh, '空白.docx 中没有文字，无法导入为年度报告。');
    assert.equal(en, '空白.docx contains no text and cannot be imported as an annual report.');
  });

  test('a PDF is not supported yet, with how to convert it', () => {
    const { problem, zh, en } = problemOf(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), '年报.pdf');
    assert.equal(problem, 'pdf');
    assert.match(zh, /PDF 文件，暂不支持导入。.*另存为 \.docx/);
    assert.match(en, /is a PDF, which cannot be imported yet/);
  });

  test('a zip bomb: a part declaring more than the limit is refused before inflating, one inflating past it while inflating', () => {
    const declared = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>', method: 'store', declaredSize: 100 * 1024 * 1024 }]);
    assert.equal(problemOf(declared, 'bomb.docx').problem, 'bomb');
    // 200 MB of spaces deflate to some 200 KB and claim 1 KB
    const zeros = Buffer.alloc(200 * 1024 * 1024, 0x20);
    const compressed = deflateRawSync(zeros, { level: 9 });
    const lying = makeZip([{ name: 'word/document.xml', data: compressed, method: 'store' }]);
    // the same bytes marked as deflated, the declared size small: patch the method and sizes written for a stored entry
    const patched = markDeflated(lying, compressed.length, 1024);
    const { problem, zh, en } = problemOf(patched, 'bomb.docx');
    assert.equal(problem, 'bomb');
    assert.match(zh, /压缩炸弹/);
    assert.match(en, /zip bomb/);
  });

  test('a 50 MB file is refused before it is read', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(real.subarray(0, 4));
    const { problem, zh, en } = problemOf(big, '大文件.docx');
    assert.equal(problem, 'too-large');
    assert.match(zh, /^大文件\.docx 超过 32 MB，未读取/);
    assert.match(en, /is over 32 MB and was not read/);
  });
});

/** a zip of one stored entry rewritten as deflated with the given declared size (local header and central directory) */
function markDeflated(zip: Buffer, compressedLength: number, declaredSize: number): Buffer {
  const patched = Buffer.from(zip);
  patched.writeUInt16LE(8, 8);
  patched.writeUInt32LE(declaredSize, 22);
  const central = patched.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), 30 + compressedLength);
  patched.writeUInt16LE(8, central + 10);
  patched.writeUInt32LE(declaredSize, central + 24);
  return patched;
}

describe('damaged bytes never escape as anything but an ImportError (server/src/readers/docx.ts)', () => {
  test('the fixture cut at 300 places and with 300 runs of bytes overwritten: a report or an ImportError, never another exception', () => {
    const real = fixture('report-2021.docx');
    // a fixed linear congruential sequence: the same cases every run
    let seed = 12345;
    const next = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % limit;
    };
    const outcomes = new Set<string>();
    for (let index = 0; index < 600; index++) {
      let bytes: Uint8Array;
      if (index < 300) {
        bytes = real.subarray(0, next(real.length));
      } else {
        bytes = new Uint8Array(real);
        const at = next(real.length);
        for (let offset = 0; offset < 1 + next(16); offset++) bytes[(at + offset) % bytes.length] = next(256);
      }
      try {
        readDocx(bytes, 'damaged.docx');
        outcomes.add('read');
      } catch (error) {
        assert.ok(error instanceof ImportError, `case ${index}: ${String(error)}`);
        outcomes.add(error.problem);
      }
    }
    assert.ok(outcomes.has('corrupt'), [...outcomes].join());
  });

  test('a part whose bytes changed but still inflate is corrupt (its CRC-32 differs), not read as other text', () => {
    // stored, so the figure is in the zip as written
    const stored = makeZip([{ name: 'word/document.xml', data: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph('本年新收申请133件。')}</w:body></w:document>`, method: 'store' }]);
    assert.match(readDocx(stored, 'a.docx').markdown, /133件/);
    const tampered = Buffer.from(stored);
    tampered.set(Buffer.from('135'), stored.indexOf('133'));
    assert.equal(problemOf(tampered, 'a.docx').problem, 'corrupt');
  });
});
