/** The part of sax (https://github.com/isaacs/sax-js) that docx/body.ts uses; sax ships no types. */
declare module 'sax' {
  export interface QualifiedAttribute {
    readonly name: string;
    readonly value: string;
    readonly prefix: string;
    readonly local: string;
    readonly uri: string;
  }
  export interface QualifiedTag {
    readonly name: string;
    readonly prefix: string;
    readonly local: string;
    readonly uri: string;
    readonly attributes: Readonly<Record<string, QualifiedAttribute>>;
    readonly isSelfClosing: boolean;
  }
  export interface SAXParser {
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    onerror: (error: Error) => void;
    write(chunk: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: true, options: { xmlns: true; trim?: boolean; normalize?: boolean; position?: boolean }): SAXParser;
}
