import { Inflate } from 'fflate';
import { msg, type Message } from './messages';

/** Limits for an XLSX (zip) file, checked before the spreadsheet reader unpacks it. */
export interface ZipLimits {
  /** Most bytes the unpacked XML parts may hold, all together. */
  maxUncompressedBytes: number;
  /** Most entries (files) the archive may list. */
  maxEntries: number;
}

/** Entries the spreadsheet reader unpacks (read-excel-file's own filter): only these are measured. */
const isReadEntry = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 4096;

class ZipLimitError extends Error {}

/**
 * Zip-bomb guard. Reads the zip's central directory and refuses when it lists too many entries
 * or declares too many unpacked bytes; then inflates every entry the reader will unpack, in
 * small chunks that are counted and thrown away, and refuses as soon as the real total passes
 * the limit (declared sizes can lie). Returns null when the file is within the limits.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): Message | null {
  const tooLarge = msg('xlsxTooLarge', { maxMb: Math.round(limits.maxUncompressedBytes / (1024 * 1024)) });
  const unreadable = msg('xlsxUnreadable');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  // End of central directory: the last 22 bytes, plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return unreadable;
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  // ZIP64 (markers 0xFFFF / 0xFFFFFFFF) is for archives far larger than any accepted file.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) return unreadable;
  if (count > limits.maxEntries) return msg('xlsxTooManyEntries', { max: limits.maxEntries });
  if (cdOffset + cdSize > eocd) return unreadable;

  interface Entry {
    method: number;
    compressed: number;
    localOffset: number;
  }
  const entries: Entry[] = [];
  let declared = 0;
  let at = cdOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL) return unreadable;
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const uncompressed = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > eocd) return unreadable;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (!isReadEntry(name)) continue;
    if (flags & 1) return unreadable; // encrypted
    if (method !== 0 && method !== 8) return unreadable; // neither stored nor deflated
    declared += uncompressed;
    if (declared > limits.maxUncompressedBytes) return tooLarge;
    entries.push({ method, compressed, localOffset });
  }

  // Measure what inflating really gives.
  let budget = limits.maxUncompressedBytes;
  for (const entry of entries) {
    const local = entry.localOffset;
    if (local + 30 > bytes.length || u32(local) !== LOCAL) return unreadable;
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    const end = start + entry.compressed;
    if (end > bytes.length) return unreadable;
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      budget -= data.length;
      if (budget < 0) return tooLarge;
      continue;
    }
    try {
      const inflater = new Inflate((chunk) => {
        budget -= chunk.length;
        if (budget < 0) throw new ZipLimitError();
      });
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let from = 0; from < data.length; from += CHUNK) {
        inflater.push(data.subarray(from, from + CHUNK), from + CHUNK >= data.length);
      }
    } catch (error) {
      return error instanceof ZipLimitError ? tooLarge : unreadable;
    }
  }
  return null;
}
