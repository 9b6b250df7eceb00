/**
 * Checks an XLSX (a ZIP archive) before any library inflates it: reads the central directory itself and refuses
 * a truncated archive, too many entries, a total uncompressed size above the limit, or an entry whose compression
 * ratio (uncompressed / compressed) exceeds the limit (a compression bomb). Then it inflates each XML part with a
 * hard output cap and refuses DOCTYPE/ENTITY declarations (entity-expansion attacks). ZIP64 archives are refused:
 * a spreadsheet of that size is beyond any regional submission.
 */
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { fileInputError } from '../input-error.js';
import type { IngestLimits } from '../limits.js';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_ENTRIES = 10_000;
const RATIO_CHECK_FROM = 1024 * 1024;

export interface ZipEntry { name: string; method: number; compressedSize: number; uncompressedSize: number; localOffset: number }

export async function guardXlsx(file: string, limits: IngestLimits): Promise<ZipEntry[]> {
  const bytes = await readFile(file);
  const entries = readCentralDirectory(bytes, file);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > limits.maxXlsxUncompressedBytes) {
      throw fileInputError({ file }, `XLSX expands to more than ${limits.maxXlsxUncompressedBytes} bytes (limit maxXlsxUncompressedBytes)`);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECK_FROM && ratio > limits.maxXlsxRatio) {
      throw fileInputError({ file }, `XLSX part ${entry.name} has compression ratio ${Math.round(ratio)} above ${limits.maxXlsxRatio} (compression bomb?)`);
    }
    if (/\.(xml|rels)$/i.test(entry.name)) assertNoDoctype(bytes, entry, file);
  }
  return entries;
}

export function readCentralDirectory(bytes: Buffer, file: string): ZipEntry[] {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw fileInputError({ file }, 'not a complete XLSX: the ZIP end record is missing (truncated file?)');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw fileInputError({ file }, 'ZIP64 archives are not accepted as XLSX');
  if (count > MAX_ENTRIES) throw fileInputError({ file }, `XLSX holds ${count} parts, more than ${MAX_ENTRIES}`);
  if (offset + size > eocd) throw fileInputError({ file }, 'not a complete XLSX: the ZIP directory points past the end (truncated file?)');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw fileInputError({ file }, 'corrupt XLSX: bad ZIP directory entry');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10), compressedSize: bytes.readUInt32LE(at + 20), uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42), name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.localOffset + 30 > bytes.length || bytes.readUInt32LE(entry.localOffset) !== LOCAL_SIGNATURE) {
      throw fileInputError({ file }, `corrupt XLSX: part ${entry.name} is missing (truncated file?)`);
    }
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function findEocd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  return -1;
}

function assertNoDoctype(bytes: Buffer, entry: ZipEntry, file: string): void {
  const local = entry.localOffset;
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let xml: Buffer;
  try {
    xml = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    throw fileInputError({ file }, `corrupt XLSX: part ${entry.name} cannot be inflated (${(error as Error).message})`);
  }
  if (/<!(DOCTYPE|ENTITY)/i.test(xml.toString('latin1'))) {
    throw fileInputError({ file }, `XLSX part ${entry.name} declares a DOCTYPE or ENTITY: refused`);
  }
}
