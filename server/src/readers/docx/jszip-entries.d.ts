/**
 * jszip's central-directory reader (jszip/lib/zipEntries.js), the synchronous part behind JSZip.loadAsync: a Reader is
 * synchronous and jszip's public API is not. The version is pinned in package.json; only what docx/zip.ts reads is
 * declared.
 */
declare module 'jszip/lib/zipEntries' {
  interface ZipEntry {
    readonly fileNameStr: string;
    /** two bytes as a binary string: "\x00\x00" stored, "\x08\x00" deflated */
    readonly compressionMethod: string;
    readonly uncompressedSize: number;
    readonly compressedSize: number;
    /** the CRC-32 of the uncompressed bytes, from the central directory */
    readonly crc32: number;
    readonly decompressed: { readonly compressedContent: Uint8Array };
    dir: boolean;
  }
  class ZipEntries {
    constructor(options: { decodeFileName: (bytes: Uint8Array) => string });
    files: ZipEntry[];
    load(data: Uint8Array): void;
  }
  export = ZipEntries;
}

/** jszip's CRC-32 (jszip/lib/crc32.js), the one it checks a part against */
declare module 'jszip/lib/crc32' {
  function crc32(input: Uint8Array, crc?: number): number;
  export = crc32;
}
