/**
 * The paired marks, by the character that opens them. Full- and half-width round and square brackets pair with
 * each other: “（2012)” is balanced, its width is punctuation-width's concern. 〈〉 is the title mark nested in 《》.
 */
export const PAIRS: Readonly<Record<string, string>> = {
  '（': '）', '(': ')',
  '《': '》', '〈': '〉',
  '“': '”', '‘': '’',
  '【': '】', '〔': '〕', '[': ']',
  '「': '」', '『': '』',
};

/** Marks that are one kind for balancing: what closes one closes the other. */
const SAME: Readonly<Record<string, string>> = { '(': '（', ')': '）' };

export function kindOf(mark: string): string {
  return SAME[mark] ?? mark;
}

export const CLOSERS: ReadonlyMap<string, string> = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** Every paired mark, for a quick test whether a paragraph needs a look at all. */
export const ANY_MARK = /[（）()《》〈〉“”‘’【】〔〕[\]「」『』]/;
export const MARKS = /[（）()《》〈〉“”‘’【】〔〕[\]「」『』]/g;

/**
 * A list number written with one bracket only, at the start of a clause: "1）加强领导", "其中：a)…；b)…", "一）",
 * "（1加强…" is rarer but real. The bracket is the number's, not an unclosed pair.
 */
export const NUMBER_CLOSER = /(?:^|[\s。；;：:，,、*>#-])(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])[）)]/g;
export const NUMBER_OPENER = /(?:^|[\s。；;：:，,、*>#-])[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d一二三四五六七八九十）)])/g;

/** The year of a 文号 in whatever brackets: a mismatched pair there is doc-number-format's. */
export const DOC_YEAR = /[〔[【（(]\s*(?:19|20)\d{2}\s*[〕\]】）)]/g;

/** Markdown's own brackets: links and images [text](url), references [text][id], footnotes [^1], task boxes [ ]. */
export const MARKDOWN_BRACKETS = /!?\[[^[\]\n]*\](?:\([^)\s]*\)|\[[^[\]\n]*\])?|\[\^[^\]\n]*\]/g;
