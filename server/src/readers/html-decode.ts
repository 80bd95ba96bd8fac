/** How a page's bytes were read: its declared or sniffed encoding (gb18030 for the whole GB family). */
export interface DecodedPage {
  readonly text: string;
  readonly encoding: string;
  readonly decidedBy: 'bom' | 'meta' | 'sniffed';
}

/** Labels the GB family goes by in pages (gb2312 and gbk are subsets of gb18030: one decoder reads them all). */
const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'iso-ir-58', 'chinese', 'gb_2312-80', 'gb_2312']);
/** how far into the page a browser looks for the meta charset (HTML's prescan reads 1024 bytes; CMS pages put long comments first) */
const PRESCAN_BYTES = 4096;

/**
 * A saved web page's bytes → its text. A BOM decides; else the meta charset (`<meta charset>` or the http-equiv
 * Content-Type); else the bytes are sniffed: valid UTF-8 is UTF-8, anything else GB18030 (what a government page that
 * is not UTF-8 is written in). A declaration the bytes contradict loses to them: a page declaring GB2312 whose bytes
 * are valid UTF-8 with Chinese in them was re-saved as UTF-8 by a browser or an editor (GBK text is practically never
 * valid UTF-8), and a page declaring UTF-8 that is not valid UTF-8 is read as GB18030.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const gb18030 = (from: Uint8Array) => decode(from, 'gb18030')!;
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf8', decidedBy: 'bom' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: decode(buffer.subarray(2), 'utf-16le')!, encoding: 'utf16le', decidedBy: 'bom' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: decode(buffer.subarray(2), 'utf-16be')!, encoding: 'utf16be', decidedBy: 'bom' };
  const utf8 = validUtf8(buffer);
  const declared = declaredEncoding(buffer);
  if (declared !== undefined) {
    const gb = GB_LABELS.has(declared);
    if (gb && utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: 'utf8', decidedBy: 'sniffed' };
    if (declared === 'utf-8' || declared === 'utf8') {
      if (utf8 !== undefined) return { text: utf8, encoding: 'utf8', decidedBy: 'meta' };
      return { text: gb18030(buffer), encoding: 'gb18030', decidedBy: 'sniffed' };
    }
    if (gb) return { text: gb18030(buffer), encoding: 'gb18030', decidedBy: 'meta' };
    const text = decode(buffer, declared);
    if (text !== undefined) return { text, encoding: declared, decidedBy: 'meta' };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf8', decidedBy: 'sniffed' };
  return { text: gb18030(buffer), encoding: 'gb18030', decidedBy: 'sniffed' };
}

/**
 * The WHATWG decoders Node carries (its ICU; no iconv-lite in the readers' bundle): undefined for a label it does not
 * know. gb18030 reads GB2312 and GBK too.
 */
function decode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

function validUtf8(buffer: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

/** the charset a meta element near the top declares, lower-cased; the page's head is ASCII in every encoding it may be in */
function declaredEncoding(buffer: Buffer): string | undefined {
  const head = buffer.subarray(0, PRESCAN_BYTES).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0]);
    if (charset) return charset[1].toLowerCase();
  }
  return undefined;
}
