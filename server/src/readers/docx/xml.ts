import { parser, type QualifiedTag } from 'sax';

/** WordprocessingML's namespace, transitional (what Word, WPS and LibreOffice write) and strict */
const WORDPROCESSING = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** an element by its namespace: `w:` for WordprocessingML, `mc:` for markup compatibility, else `other:` */
export interface XmlElement {
  /** e.g. "w:p", "mc:Fallback", "other:drawing": the namespace decides, not the prefix the file uses */
  readonly name: string;
  /** an attribute in the WordprocessingML namespace by local name (w:val …) */
  attribute(local: string): string | undefined;
}

export interface XmlHandler {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
  text(text: string): void;
}

export class XmlSyntaxError extends Error {}

/** Streams an XML part through a handler: sax in strict mode with namespaces, so a w: element is known by its URI. */
export function walkXml(xml: string, handler: XmlHandler): void {
  const stack: XmlElement[] = [];
  const sax = parser(true, { xmlns: true });
  sax.onerror = (error) => {
    throw new XmlSyntaxError(error.message.split('\n')[0]);
  };
  sax.onopentag = (tag) => {
    const element = elementOf(tag);
    stack.push(element);
    handler.open(element);
  };
  sax.onclosetag = () => {
    const element = stack.pop();
    if (element !== undefined) handler.close(element);
  };
  sax.ontext = (text) => handler.text(text);
  sax.write(xml).close();
}

function elementOf(tag: QualifiedTag): XmlElement {
  const namespace = WORDPROCESSING.has(tag.uri) ? 'w' : tag.uri === MARKUP_COMPATIBILITY ? 'mc' : 'other';
  return {
    name: `${namespace}:${tag.local}`,
    attribute(local) {
      for (const attribute of Object.values(tag.attributes)) if (attribute.local === local && WORDPROCESSING.has(attribute.uri)) return attribute.value;
      return undefined;
    },
  };
}

/** a w:val of an on/off property (w:vanish, w:tblHeader): present means on unless it says false, 0 or off */
export function isOn(element: XmlElement): boolean {
  const value = element.attribute('val');
  return value === undefined || !['false', '0', 'off'].includes(value);
}
