import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { codeLenses, createChecker, DEFAULT_CONFIG, hoverAt, resolveConfig, type Config } from '../../server/src/core';
import { isTemplateWording, wording } from '../../server/src/core/rules/content-repeat/compare';
import { toHalfWidth } from '../../server/src/core/text/fold';

const RULE = 'content-repeat';
/** test/fixtures/content-repeat, seen from out/test/unit */
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'content-repeat');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const LAST_YEAR = fixture('2022.md');
const COPIED = fixture('2023.md');
const REWRITTEN = fixture('2023-rewritten.md');

/** Last year's report as another file the host knows (the workspace, the CLI's inputs), then this year's checked. */
function checkWith(lastYear: string, thisYear: string, config: Config = DEFAULT_CONFIG) {
  const checker = createChecker();
  checker.addFile({ uri: 'file:///reports/2022.md', text: lastYear, config });
  return checker.check({ uri: 'file:///reports/2023.md', text: thisYear, config }).analysis;
}

const findingsOf = (analysis: ReturnType<typeof checkWith>) => analysis.findings.filter((finding) => finding.ruleId === RULE);

describe('content-repeat', () => {
  test('this year\'s report is last year\'s with the figures typed over: reported at the title with the share and the longest passage', () => {
    const analysis = checkWith(LAST_YEAR, COPIED);
    const findings = findingsOf(analysis);
    assert.deepEqual(findings.map((finding) => [finding.severity, COPIED.slice(finding.span.start, finding.span.end), finding.message]), [[
      'info',
      '# 某市某区市场监督管理局2023年政府信息公开工作年度报告',
      '本报告 12 句正文中有 10 句（83%）与上一年度报告（2022.md）相同或仅数字、年份不同；最长的一段（6 句，第 7–13 行）：'
        + '“2023年，我局深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，严…”。请按本年度的工作实际重新撰写。',
    ]]);
  });

  test('a rewritten report that keeps two sentences of last year\'s: silent at the default threshold, reported below a lower one', () => {
    assert.deepEqual(findingsOf(checkWith(LAST_YEAR, REWRITTEN)), []);
    const { config, problems } = resolveConfig({ rules: { [RULE]: ['info', { threshold: 0.15 }] } });
    assert.deepEqual(problems, []);
    const [finding] = findingsOf(checkWith(LAST_YEAR, REWRITTEN, config));
    assert.equal(finding.message, '本报告 11 句正文中有 2 句（18%）与上一年度报告（2022.md）相同或仅数字、年份不同；最长的一段（1 句，第 13 行）：'
      + '“我局进一步规范政府信息公开审查程序，严格落实“先审查、后公开”和“一事一审”制度…”。请按本年度的工作实际重新撰写。');
  });

  test('the threshold is a share between 0 and 1: 50 is refused', () => {
    const { problems } = resolveConfig({ rules: { [RULE]: ['info', { threshold: 50 }] } });
    assert.equal(problems.length, 1);
    assert.match(problems[0].path, /content-repeat/);
  });

  test('last year\'s report of another unit: silent, and no lens', () => {
    const otherUnit = LAST_YEAR.replace('某市某区市场监督管理局2022年', '某市某区卫生健康局2022年');
    const analysis = checkWith(otherUnit, COPIED);
    assert.deepEqual(findingsOf(analysis), []);
    assert.deepEqual(codeLenses(analysis, 'zh-CN').filter((lens) => lens.title.includes('上年')), []);
  });

  test('a report two years back is not last year\'s: silent', () => {
    const twoYearsBack = LAST_YEAR.replaceAll('2022', '2021');
    assert.deepEqual(findingsOf(checkWith(twoYearsBack, COPIED)), []);
  });

  test('never by file order: last year\'s report does not compare with next year\'s, and next year\'s finds it whichever comes first', () => {
    const checker = createChecker();
    checker.addFile({ uri: 'file:///reports/2023.md', text: COPIED });
    assert.deepEqual(findingsOf(checker.check({ uri: 'file:///reports/2022.md', text: LAST_YEAR }).analysis), []);
    const later = createChecker();
    const first = later.check({ uri: 'file:///reports/2023.md', text: COPIED });
    assert.deepEqual(findingsOf(first.analysis), []);
    // last year's file arrives: this year's is named to be checked again, and then finds it
    assert.deepEqual(later.addFile({ uri: 'file:///reports/2022.md', text: LAST_YEAR }), ['file:///reports/2023.md']);
    later.forget('file:///reports/2023.md');
    assert.equal(findingsOf(later.check({ uri: 'file:///reports/2023.md', text: COPIED }).analysis).length, 1);
  });

  test('template wording written again is not copying: the opening, the statistics period and the contact line are not counted', () => {
    const analysis = checkWith(LAST_YEAR, REWRITTEN);
    const listed = hoverAt(analysis, 3, 'zh-CN')!.markdown;
    assert.doesNotMatch(listed, /本报告根据|统计期限|有任何疑问|未收取|责任追究/);
  });

  test('template wording inside a copied paragraph does not cut the passage in two', () => {
    const report = (year: number, trained: number) => [
      `# 某市某区市场监督管理局${year}年政府信息公开工作年度报告`, '',
      '## 一、总体情况', '',
      `${year}年，我局深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，严格执行《条例》各项规定，切实保障人民群众的知情权、参与权和监督权。`
        + `将政务公开工作纳入年度绩效考核，组织开展政务公开业务培训${trained}次。全年未发生因政府信息公开工作被责任追究的情况。`
        + '持续优化区政府门户网站“政府信息公开”专栏栏目设置，及时更新法定主动公开内容。'
        + '我局进一步规范政府信息公开审查程序，严格落实“先审查、后公开”制度。'
        + '下一步，我局将进一步加强政府信息公开工作的统筹协调，不断提升政务公开工作水平。',
      '',
    ].join('\n');
    const [finding] = findingsOf(checkWith(report(2022, 2), report(2023, 3)));
    assert.match(finding.message, /^本报告 5 句正文中有 5 句（100%）.*最长的一段（5 句，第 5 行）/);
  });

  test('a report with fewer than five sentences that count: a share of them says nothing', () => {
    const short = [
      '# 某市某区市场监督管理局2023年政府信息公开工作年度报告', '',
      '## 一、总体情况', '',
      '2023年，我局深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，严格执行《条例》各项规定，紧紧围绕区委、区政府中心工作，不断完善政府信息公开工作机制，切实保障人民群众的知情权、参与权和监督权。',
      '',
      '## 五、政府信息公开工作存在的主要问题及改进情况', '',
      '一是信息公开的及时性有待提高，部分栏目更新不够及时。二是政策解读形式较为单一，图解、视频等解读方式运用较少。', '',
    ].join('\n');
    assert.deepEqual(findingsOf(checkWith(LAST_YEAR, short)), []);
  });

  describe('the lens and the hover at the title', () => {
    test('the lens gives the share whenever last year\'s report is known, above the threshold or not', () => {
      const [copied] = codeLenses(checkWith(LAST_YEAR, COPIED), 'zh-CN');
      assert.deepEqual(copied, { offset: 0, title: '与上年报告重复 83%（10/12 句，2022.md）', targets: [] });
      const [rewritten] = codeLenses(checkWith(LAST_YEAR, REWRITTEN), 'en');
      assert.deepEqual(rewritten, { offset: 0, title: "Repeats last year's report: 18% (2/11 sentences, 2022.md)", targets: [] });
    });

    test('the hover lists the copied sentences with their lines; elsewhere it does not', () => {
      const analysis = checkWith(LAST_YEAR, COPIED);
      const lines = hoverAt(analysis, 5, 'zh-CN')!.markdown.split('\n');
      assert.equal(lines[0], '与上一年度报告（2022.md）相同或仅数字、年份不同的句子（10/12）：');
      assert.equal(lines.filter((line) => line.startsWith('- ')).length, 10);
      assert.ok(lines.includes('- 第 11 行：其中予以公开13件，部分公开3件，不予公开1件，无法提供4件。'), lines.join('\n'));
      assert.ok(lines.includes('- 第 17 行：将政务公开工作纳入年度绩效考核，组织开展政务公开业务培训3次，参训人员达85人次。'));
      assert.ok(!lines.some((line) => line.includes('同时，我局首次')), 'a new sentence is not listed');
      const body = COPIED.indexOf('同时，我局首次');
      assert.doesNotMatch(hoverAt(analysis, body, 'zh-CN')?.markdown ?? '', /上一年度报告/);
    });

    test('the rule turned off: no lens, no hover list', () => {
      const { config } = resolveConfig({ rules: { [RULE]: 'off' } });
      const analysis = checkWith(LAST_YEAR, COPIED, config);
      assert.deepEqual(findingsOf(analysis), []);
      assert.deepEqual(codeLenses(analysis, 'zh-CN').filter((lens) => lens.offset === 0), []);
      assert.equal(hoverAt(analysis, 5, 'zh-CN'), undefined);
    });

    test('no last year\'s report: no lens at the title', () => {
      const checker = createChecker();
      const analysis = checker.check({ uri: 'file:///reports/2023.md', text: COPIED }).analysis;
      assert.deepEqual(codeLenses(analysis, 'zh-CN').filter((lens) => lens.offset === 0), []);
    });
  });

  describe('what counts as the same sentence', () => {
    test('equal after the figures and years are taken out, Arabic or Chinese', () => {
      assert.equal(wording(toHalfWidth('2022年，全年共受理政府信息公开申请15件，答复率100%。')), wording(toHalfWidth('2023年，全年共受理政府信息公开申请21件，答复率98.5%。')));
      assert.equal(wording(toHalfWidth('二〇二二年共举办政务公开培训两期。')), wording(toHalfWidth('二〇二三年共举办政务公开培训三期。')));
    });

    test('a changed word is a different sentence', () => {
      assert.notEqual(wording(toHalfWidth('全年共受理政府信息公开申请15件，均按时答复。')), wording(toHalfWidth('全年共受理政府信息公开申请15件，均按期答复。')));
    });

    test('template wording, as the seeds write it', () => {
      for (const sentence of [
        '本报告根据《中华人民共和国政府信息公开条例》要求编制。',
        '本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。',
        '本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止。',
        '（一）对于本报告所涉及的有关数据，除特别标注以外，统计期限均为2014年1月1日至2014年12月31日。',
        '我办网站http://gzonline.gov.cn上可下载本报告的电子版。',
        '如对本报告有任何疑问,请联系:广州市增城区人民政府政务管理办公室,电话:020-82628332。',
        '全年未发生因政府信息公开工作被责任追究的情况。',
      ]) assert.ok(isTemplateWording(toHalfWidth(sentence)), sentence);
    });

    test('what a unit writes about its own year is not template wording', () => {
      for (const sentence of [
        '我局进一步规范政府信息公开审查程序，严格落实“先审查、后公开”和“一事一审”制度，全年未发生泄密事件。',
        '全年通过区政府门户网站主动公开政府信息326条，其中行政许可类信息158条。',
        '下一步，我局将进一步加强政府信息公开工作的统筹协调，完善信息发布审核机制。',
      ]) assert.ok(!isTemplateWording(toHalfWidth(sentence)), sentence);
    });
  });
});
