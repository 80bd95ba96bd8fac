import { inflateRawSync } from 'node:zlib';
import crc32 from 'jszip/lib/crc32';
import ZipEntries from 'jszip/lib/zipEntries';

/** Limits of what a .docx may make us inflate: a report's document.xml is a few MB; a zip bomb claims or makes more. */
export const ZIP_LIMITS = {
  /** one part, as declared in the central directory and as actually inflated */
  entryBytes: 64 * 1024 * 1024,
  /** all the parts read, together */
  totalBytes: 128 * 1024 * 1024,
} as const;

export type ZipFailure = 'corrupt' | 'bomb';

export class ZipReadError extends Error {
  constructor(readonly failure: ZipFailure, detail: string) {
    super(detail);
    this.name = 'ZipReadError';
  }
}

const STORED = '\x00\x00';
const DEFLATED = '\x08\x00';

/**
 * The parts of a zip by name, inflated only when asked for (a .docx's images are never inflated). jszip reads the
 * central directory (zip64, data descriptors, Windows' backslashes); node's zlib inflates, stopping at the limit: the
 * declared size is checked before inflating and the actual size while inflating (a zip bomb lies about its size); the
 * CRC-32 after (a damaged part may inflate to other text).
 */
export class ZipParts {
  private readonly entries = new Map<string, ZipEntries['files'][number]>();
  private inflatedBytes = 0;

  constructor(bytes: Uint8Array) {
    const reader = new ZipEntries({ decodeFileName: (name) => Buffer.from(name).toString('utf8') });
    try {
      reader.load(bytes);
    } catch (error) {
      throw new ZipReadError('corrupt', error instanceof Error ? error.message : String(error));
    }
    for (const entry of reader.files) if (!entry.dir) this.entries.set(entry.fileNameStr.replace(/\\/g, '/').replace(/^\//, ''), entry);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** the part as UTF-8 text, undefined when the zip has no such part */
  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    return bytes === undefined ? undefined : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }

  bytes(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    const remaining = ZIP_LIMITS.totalBytes - this.inflatedBytes;
    const limit = Math.min(ZIP_LIMITS.entryBytes, remaining);
    if (entry.uncompressedSize > limit) throw new ZipReadError('bomb', `${name} declares ${entry.uncompressedSize} bytes`);
    const content = entry.decompressed.compressedContent;
    let inflated: Uint8Array;
    if (entry.compressionMethod === STORED) {
      inflated = content;
    } else if (entry.compressionMethod === DEFLATED) {
      try {
        // one byte over the limit is enough to know it is over
        inflated = inflateRawSync(content, { maxOutputLength: limit + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipReadError('bomb', `${name} inflates past ${limit} bytes`);
        throw new ZipReadError('corrupt', `${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else {
      throw new ZipReadError('corrupt', `${name}: unsupported compression`);
    }
    if (inflated.byteLength > limit) throw new ZipReadError('bomb', `${name} inflates past ${limit} bytes`);
    if (inflated.byteLength !== entry.uncompressedSize) throw new ZipReadError('corrupt', `${name}: ${inflated.byteLength} bytes, ${entry.uncompressedSize} declared`);
    // a damaged part may still inflate, to other text: its checksum tells
    if (inflated.byteLength > 0 && crc32(inflated) >>> 0 !== entry.crc32 >>> 0) throw new ZipReadError('corrupt', `${name}: CRC-32 mismatch`);
    this.inflatedBytes += inflated.byteLength;
    return inflated;
  }
}
