import type { Report } from '../model/types';
import { isAsciiLetter, isChineseContext } from '../script/characters';
import { inSpans, protectedSpans } from '../script/protected';
import { defineRule } from './define';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

export default defineRule({
  meta: {
    id: 'punctuation-width',
    defaultSeverity: 'warning',
    description: { zh: '中文之间使用了半角标点', en: 'half-width punctuation between Chinese characters' },
    fixable: true,
    cheap: true,
  },
  check(report, add) {
    for (const offset of halfWidthOffsets(report)) {
      const found = report.text[offset];
      const expected = FULL_WIDTH[found];
      const span = { start: offset, end: offset + 1 };
      add({
        span,
        message: { key: 'punctuation-width/message', params: { found, expected } },
        fix: { title: { key: 'punctuation-width/fix', params: { expected } }, edit: { span, text: expected } },
      });
    }
  },
});

/**
 * , : ; ? ! next to Chinese text and not next to an English word; ( ) when what they enclose holds Chinese.
 * "3,985,758", "12:30", English sentences, URLs, e-mail addresses and code are left alone.
 */
function halfWidthOffsets(report: Report): number[] {
  const { text } = report;
  const skip = protectedSpans(text);
  const offsets: number[] = [];
  for (const line of report.lines.lines) {
    const lineText = line.text;
    if (!CANDIDATE.test(lineText) || SEPARATOR_ROW.test(lineText)) continue;
    const open: number[] = [];
    FIND.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = FIND.exec(lineText)) !== null) {
      const index = line.start + match.index;
      if (inSpans(skip, index)) continue;
      const char = match[0];
      const before = text[index - 1];
      const after = index + 1 < line.end ? text[index + 1] : undefined;
      if (char === '(') {
        open.push(index);
        continue;
      }
      if (char === ')') {
        const start = open.pop();
        const inner = start === undefined ? '' : text.slice(start + 1, index);
        if (/[\u3400-\u9fff]/.test(inner) || (start === undefined && isChineseContext(before))) {
          if (start !== undefined) offsets.push(start);
          offsets.push(index);
        }
        continue;
      }
      if (isAsciiLetter(before) || isAsciiLetter(after)) continue;
      if (isDigit(before) && isDigit(after)) continue;
      if (isChineseContext(before) || isChineseContext(after)) offsets.push(index);
    }
    for (const start of open) if (isChineseContext(text[start + 1])) offsets.push(start);
  }
  return offsets.sort((a, b) => a - b);
}

const CANDIDATE = /[,:;?!()]/;
const FIND = /[,:;?!()]/g;
const SEPARATOR_ROW = /^\s*\|?[\s:|-]*$/;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
