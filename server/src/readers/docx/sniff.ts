import type { DocxProblem } from './problems';

/** What a file's first bytes say it is. */
export type Sniffed = 'zip' | 'cfb' | 'pdf' | 'rtf' | 'other';

export function sniff(bytes: Uint8Array): Sniffed {
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'cfb';
  // %PDF may follow a few bytes of junk; readers accept it within the first KB
  if (latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (latin1(bytes.subarray(0, 5)) === '{\\rtf') return 'rtf';
  return 'other';
}

/**
 * An OLE compound file (magic D0 CF 11 E0) is a password-protected .docx (streams EncryptionInfo and EncryptedPackage)
 * or an old binary .doc (stream WordDocument): the directory's stream names, UTF-16LE, tell them apart; without
 * them, the file's name does.
 */
export function compoundFileProblem(bytes: Uint8Array, name: string): DocxProblem {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le');
  if (text.includes('EncryptedPackage') || text.includes('EncryptionInfo')) return 'encrypted';
  if (text.includes('WordDocument')) return 'doc';
  return /\.docx$/i.test(name) ? 'encrypted' : 'doc';
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
