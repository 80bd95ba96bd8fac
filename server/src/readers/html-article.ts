import type { DefaultTreeAdapterMap } from 'parse5';
import { attribute, shown } from './html';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * The ids and classes government CMSs put an article's body in, most specific first (our own export's gkr-report,
 * TRS WCM's editor output, the 开普 / 拓尔思 / 大汉 templates, gov.cn's pages): data, not code, so a site seen in the wild is one more line here.
 * Matched against an element's id and each of its class names, case-insensitively, whole names only.
 */
export const ARTICLE_CONTAINERS: readonly string[] = [
  'gkr-report', 'TRS_Editor', 'TRS_UEDITOR', 'TRS_PreAppend', 'Custom_UnionStyle', 'UCAP-CONTENT', 'zoom', 'fontzoom', 'pages_content',
  'article-content', 'article_content', 'articleContent', 'art_con', 'article-con', 'wzcon', 'xxgk_content', 'xxgk-content', 'xxgk',
  'view', 'article', 'content', 'con',
];

/**
 * The names that also wrap a page's whole main column on some sites (menus and lists inside): the article is then
 * looked for by density inside them.
 */
const GENERIC_CONTAINERS = new Set(['view', 'article', 'content', 'con', 'xxgk']);

/** elements that are site chrome wherever they stand */
const CHROME_ELEMENTS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'menu']);
/** the report's name; an article that names it is the report (the reader's title line and attachments use it too) */
export const REPORT_NAME = /政府信息公开[^\n。]{0,12}年度报告|信息公开[^\n。]{0,6}年报/;
/** a container holding less text than this is an empty slot of the template (a share bar, a related-links box) */
const MIN_ARTICLE_CHARACTERS = 50;
/** a known container with less than this share of the longest one's text is a box beside the article */
const MAJOR_SHARE = 0.5;
/** the innermost block keeping this share of the best score is the article (its ancestors add chrome, not text) */
const DENSITY_SHARE = 0.85;

export interface FoundArticle {
  readonly root: Node;
  /** how it was found: a known container, the densest block naming the report, or the page's body without chrome */
  readonly via: 'container' | 'density' | 'body';
  /** the page's title for the article when the article itself does not begin with it */
  readonly title?: string;
}

/**
 * The article among a saved page's chrome (header, menus, breadcrumb, share and print bars, related links, footer):
 * a known CMS container holding most of the text (by the list's order: the most specific wins); else the
 * densest block naming 政府信息公开工作年度报告, text counted and link text counted against it, the innermost block
 * that keeps nearly all of the best score (an ancestor adds the chrome around, not more of the article); else the body.
 */
export function findArticle(document: DefaultTreeAdapterMap['document']): FoundArticle {
  const elements = shownElements(document);
  const measure = new TextMeasure();
  const root = byContainer(elements, measure) ?? byDensity(elements, measure);
  const body = elements.find((element) => element.tagName === 'body') ?? document;
  const article = root ?? { root: body, via: 'body' as const };
  // our own export's article holds its title when the report has one (its <title> has a stand-in otherwise)
  if ('tagName' in article.root && (attribute(article.root, 'class') ?? '').split(/\s+/).includes('gkr-report')) return article;
  return { ...article, title: titleOutside(document, elements, article.root, measure) };
}

function byContainer(elements: readonly Element[], measure: TextMeasure): Omit<FoundArticle, 'title'> | undefined {
  const rank = (element: Element): number => {
    const names = [attribute(element, 'id') ?? '', ...(attribute(element, 'class') ?? '').split(/\s+/)].map((name) => name.toLowerCase()).filter(Boolean);
    const index = ARTICLE_CONTAINERS.findIndex((container) => names.includes(container.toLowerCase()));
    return index < 0 ? Infinity : index;
  };
  const candidates = elements
    .map((element) => ({ element, rank: rank(element), text: measure.text(element) }))
    .filter((candidate) => candidate.rank !== Infinity && candidate.text.length >= MIN_ARTICLE_CHARACTERS);
  if (candidates.length === 0) return undefined;
  // a box of the template holding a small part of the text (a notice in the sidebar, related links) is not the article
  const longest = Math.max(...candidates.map((candidate) => candidate.text.length));
  const pool = candidates.filter((candidate) => candidate.text.length >= MAJOR_SHARE * longest);
  pool.sort((a, b) => a.rank - b.rank || b.text.length - a.text.length);
  const [chosen] = pool;
  if (GENERIC_CONTAINERS.has(ARTICLE_CONTAINERS[chosen.rank].toLowerCase())) {
    const inner = byDensity(shownElements(chosen.element), measure);
    if (inner !== undefined) return { root: inner.root, via: 'container' };
  }
  return { root: chosen.element, via: 'container' };
}

function byDensity(elements: readonly Element[], measure: TextMeasure): Omit<FoundArticle, 'title'> | undefined {
  const scored = elements
    .filter((element) => element.tagName !== 'body' && element.tagName !== 'html' && !CHROME_ELEMENTS.has(element.tagName))
    .map((element) => ({ element, text: measure.text(element), score: measure.text(element).length - 2 * measure.linkText(element).length }))
    .filter((candidate) => REPORT_NAME.test(candidate.text) && candidate.score > 0);
  if (scored.length === 0) return undefined;
  const best = Math.max(...scored.map((candidate) => candidate.score));
  const kept = scored.filter((candidate) => candidate.score >= DENSITY_SHARE * best);
  kept.sort((a, b) => a.text.length - b.text.length);
  return { root: kept[0].element, via: 'density' };
}

/** a title-like element before the article naming the report, the CMS's ArticleTitle meta, or the page title's part that names it */
function titleOutside(document: DefaultTreeAdapterMap['document'], elements: readonly Element[], root: Node, measure: TextMeasure): string | undefined {
  const firstLine = measure.firstLine(root);
  if (REPORT_NAME.test(firstLine) && firstLine.length <= 80) return undefined;
  const inside = new Set(shownElements(root));
  const titleLike = (element: Element) =>
    /^h[1-3]$/.test(element.tagName) || /title|bt|tit/i.test(`${attribute(element, 'id') ?? ''} ${attribute(element, 'class') ?? ''}`);
  for (const element of elements) {
    if (inside.has(element) || !titleLike(element)) continue;
    const text = measure.text(element);
    if (REPORT_NAME.test(text) && text.length <= 80) return text;
  }
  const all = everyElement(document);
  const meta = all.find((element) => element.tagName === 'meta' && /^(ArticleTitle|title)$/i.test(attribute(element, 'name') ?? ''));
  const metaTitle = meta ? collapse(attribute(meta, 'content') ?? '') : '';
  if (REPORT_NAME.test(metaTitle)) return metaTitle;
  const title = all.find((element) => element.tagName === 'title');
  const parts = (title ? measure.rawText(title).split(/\s*[_|｜—–-]{1,2}\s*/) : []).map(collapse);
  const naming = parts.find((part) => REPORT_NAME.test(part));
  if (naming !== undefined || REPORT_NAME.test(measure.text(root))) return naming;
  // a page that is no report: its heading, when the page's title begins with it (a logo's h1 is the site's name, which
  // comes after the article's in the title)
  const own = parts[0]?.replace(/\s/g, '');
  if (!own) return undefined;
  return elements.find((element) => !inside.has(element) && titleLike(element) && measure.text(element) === own) ? parts[0] : undefined;
}

/** every shown element in document order, chrome elements' insides left out */
function shownElements(root: Node): Element[] {
  return everyElement(root, (element) => shown(element) && !CHROME_ELEMENTS.has(element.tagName));
}

export function everyElement(root: Node, enter: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('childNodes' in node)) continue;
    if ('tagName' in node) {
      if (!enter(node)) continue;
      found.push(node);
    }
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]);
  }
  return found;
}

/** An element's whole text (hidden parts too), whitespace collapsed: a link's words, a title's. */
export function elementText(node: Node): string {
  return collapse(new TextMeasure().rawText(node));
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** The shown text of elements, kept per element: nested candidates are measured once each. */
class TextMeasure {
  private readonly texts = new Map<Node, string>();
  private readonly links = new Map<Node, string>();

  /** the text a reader sees, whitespace collapsed to nothing (a density, not a rendering) */
  text(node: Node): string {
    let text = this.texts.get(node);
    if (text === undefined) {
      text = this.collect(node, false).replace(/[\s\u00a0\u3000]+/g, '');
      this.texts.set(node, text);
    }
    return text;
  }

  linkText(node: Node): string {
    let text = this.links.get(node);
    if (text === undefined) {
      text = this.collect(node, true).replace(/[\s\u00a0\u3000]+/g, '');
      this.links.set(node, text);
    }
    return text;
  }

  rawText(node: Node): string {
    return this.collect(node, false, true);
  }

  /** the first line of text in the block, whitespace collapsed */
  firstLine(node: Node): string {
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next.nodeName === '#text') {
        const text = collapse((next as DefaultTreeAdapterMap['textNode']).value);
        if (text !== '') {
          const parent = (next as DefaultTreeAdapterMap['textNode']).parentNode;
          return parent && 'tagName' in parent ? collapse(this.rawText(parent)) : text;
        }
        continue;
      }
      if (!('childNodes' in next) || ('tagName' in next && (!shown(next) || CHROME_ELEMENTS.has(next.tagName)))) continue;
      for (let index = next.childNodes.length - 1; index >= 0; index--) stack.push(next.childNodes[index]);
    }
    return '';
  }

  private collect(root: Node, linksOnly: boolean, unshownToo = false): string {
    let text = '';
    const stack: { node: Node; inLink: boolean }[] = [{ node: root, inLink: false }];
    while (stack.length > 0) {
      const { node, inLink } = stack.pop()!;
      if (node.nodeName === '#text') {
        if (!linksOnly || inLink) text += (node as DefaultTreeAdapterMap['textNode']).value;
        continue;
      }
      if (!('childNodes' in node)) continue;
      if ('tagName' in node && node !== root && !unshownToo && (!shown(node) || CHROME_ELEMENTS.has(node.tagName))) continue;
      const link = inLink || ('tagName' in node && node.tagName === 'a');
      for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push({ node: node.childNodes[index], inLink: link });
    }
    return text;
  }
}
