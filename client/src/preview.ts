import type MarkdownIt from 'markdown-it';
import { renderReportTables, type Analysis } from '../../server/src/core';

// the types of markdown-it's internals, from its instance (the package exports them only by deep paths)
type CoreRule = Parameters<MarkdownIt['core']['ruler']['push']>[1];
type StateCore = Parameters<CoreRule>[0];
type Token = StateCore['tokens'][number];

/** How the preview checks the text it renders: the core's check, run in the extension host (markdown-it is synchronous). */
export type CheckText = (text: string) => Analysis | undefined;

/**
 * The Markdown preview's plugin (`contributes.markdown.markdownItPlugins`): each report table the core reads is
 * rendered by the core's table renderer — the template's merged header cells, the findings marked on their cells —
 * in place of what markdown-it made of its lines (a pipe table, or a paragraph of one-cell-per-line text).
 * A table whose lines share a block with other text (a list, a quote) is left as markdown-it rendered it.
 */
export function reportTablesPlugin(md: MarkdownIt, check: CheckText): void {
  md.core.ruler.push('gkreport_tables', (state) => {
    const analysis = check(state.src);
    if (!analysis?.report.isAnnualReport) return false;
    const { report } = analysis;
    // last to first, so the token indexes of the tables above stay where they are
    for (const { span, html } of renderReportTables(report, analysis.findings).reverse()) {
      const first = report.lines.lineAt(span.start).index;
      const last = report.lines.lineAt(Math.max(span.start, span.end - 1)).index;
      replaceLines(state, first, last + 1, html);
    }
    return true;
  });
}

interface Block {
  readonly from: number;
  /** one past the block's closing token */
  readonly to: number;
  readonly map: [number, number];
}

/** The top-level blocks: an opening token through its closing one, or a single token (html_block, fence). */
function topLevelBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.level !== 0 || !token.map) continue;
    let end = index;
    if (token.nesting === 1) {
      let depth = 0;
      for (; end < tokens.length; end++) {
        depth += tokens[end].nesting;
        if (depth === 0) break;
      }
    }
    blocks.push({ from: index, to: end + 1, map: [token.map[0], token.map[1]] });
    index = end;
  }
  return blocks;
}

/** Replaces the blocks on lines [start, end) by the html; a paragraph reaching beyond them keeps its other lines. */
function replaceLines(state: StateCore, start: number, end: number, html: string): void {
  const touching = topLevelBlocks(state.tokens).filter((block) => block.map[0] < end && block.map[1] > start);
  if (touching.length === 0) return;
  const partial = touching.filter((block) => block.map[0] < start || block.map[1] > end);
  if (partial.some((block) => state.tokens[block.from].type !== 'paragraph_open')) return;
  const lines = state.src.split('\n');
  const replacement: Token[] = [];
  const head = touching[0];
  if (head.map[0] < start) replacement.push(...paragraph(state, lines, head.map[0], start));
  const table = new state.Token('html_block', '', 0);
  // the preview's scroll sync reads data-line from elements with the class code-line
  table.content = `<div class="code-line gkr-preview" data-line="${start}">\n${html}\n</div>\n`;
  table.map = [start, end];
  table.block = true;
  replacement.push(table);
  const tail = touching[touching.length - 1];
  if (tail.map[1] > end) replacement.push(...paragraph(state, lines, end, tail.map[1]));
  state.tokens.splice(head.from, tail.to - head.from, ...replacement);
}

/** A paragraph of the source lines [start, end), parsed inline as markdown-it would have. */
function paragraph(state: StateCore, lines: readonly string[], start: number, end: number): Token[] {
  const content = lines.slice(start, end).map((line) => line.trim()).join('\n').trim();
  if (content === '') return [];
  const open = new state.Token('paragraph_open', 'p', 1);
  open.map = [start, end];
  open.block = true;
  const inline = new state.Token('inline', '', 0);
  inline.content = content;
  inline.map = [start, end];
  inline.children = state.md.parseInline(content, state.env)[0]?.children ?? [];
  const close = new state.Token('paragraph_close', 'p', -1);
  close.block = true;
  return [open, inline, close];
}
