import { escapeHtml } from '../../core';

export interface PageParts {
  readonly lang: 'zh-CN' | 'en';
  readonly title: string;
  readonly style: string;
  /** the page's body, as written */
  readonly body: string;
  /** a host whose Content-Security-Policy allows inline code by nonce only (a VS Code webview) gives one */
  readonly nonce?: string;
}

/**
 * The shell of every page gkreport writes (the exported report, the audit page): UTF-8, its style inline, and
 * `<meta name="generator" content="gkreport">`, by which a directory check and the web-page reader know our pages.
 */
export function htmlPage(parts: PageParts): string {
  const nonce = nonceAttribute(parts.nonce);
  return `<!DOCTYPE html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gkreport">
<title>${escapeHtml(parts.title)}</title>
<style${nonce}>
${parts.style}
</style>
</head>
<body>
${parts.body}
</body>
</html>
`;
}

/** ` nonce="…"` for a page's inline style and script, or nothing */
export function nonceAttribute(nonce: string | undefined): string {
  return nonce === undefined ? '' : ` nonce="${escapeHtml(nonce)}"`;
}
