/**
 * The product's one ZIP reader (an .xlsx is a ZIP archive): lists the entries of an archive held in memory from its
 * central directory, with where each record sits, so callers can inflate an entry (inflate-entry.ts) or restamp its
 * dates (entry-dates.ts). Layout (APPNOTE 4.3): the end-of-central-directory record (0x06054b50) holds the entry
 * count at +10, the directory's size at +12 and offset at +16; a central header (0x02014b50) has flags at +8, method
 * at +10, time/date at +12/+14, compressed/uncompressed sizes at +20/+24, name/extra/comment lengths at +28/+30/+32
 * and the local header's offset at +42; a local header (0x04034b50) has time/date at +10/+12 and name/extra lengths at
 * +26/+28, the data following it.
 *
 * `strict` (for archives from outside) also demands that the entries tile the archive: the first starts at byte 0
 * and each ends (data and any data descriptor) where the next begins, the last where the directory begins. A
 * streaming reader walking local headers (exceljs does) then meets exactly the entries listed here — no hidden part.
 * Why not a library: yauzl and fflate read entries well but expose neither the header offsets that restamping needs
 * nor the tiling check; this file is the single walker all three former ones were replaced by.
 * @throws ZipFormatError for anything that is not a complete, plain (non-ZIP64, unencrypted) archive.
 */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** What the archive declares; inflate-entry.ts refuses an entry that produces more. */
  readonly declaredSize: number;
  readonly centralOffset: number;
  readonly localOffset: number;
  readonly dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
export const MAX_ENTRIES = 10_000;

function findEndRecord(zip: Buffer): number {
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xffff); p--)
    if (zip.readUInt32LE(p) === EOCD) return p;
  throw new ZipFormatError('the ZIP end record is missing (truncated file?)');
}

export function readZipDirectory(zip: Buffer, options: { strict?: boolean } = {}): ZipEntry[] {
  const end = findEndRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff)
    throw new ZipFormatError('ZIP64 archives are not accepted');
  if (count > MAX_ENTRIES) throw new ZipFormatError(`the archive holds ${count} parts, more than ${MAX_ENTRIES}`);
  if (offset + size > end) throw new ZipFormatError('the ZIP directory points past the end (truncated file?)');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || zip.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad ZIP directory entry');
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const localOffset = zip.readUInt32LE(p + 42);
    if (localOffset + 30 > offset || zip.readUInt32LE(localOffset) !== LOCAL)
      throw new ZipFormatError(`part ${name} is missing (truncated file?)`);
    const dataOffset = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const entry: ZipEntry = {
      name,
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      declaredSize: zip.readUInt32LE(p + 24),
      centralOffset: p,
      localOffset,
      dataOffset,
    };
    if (dataOffset + entry.compressedSize > offset)
      throw new ZipFormatError(`part ${name} runs past its data (truncated file?)`);
    entries.push(entry);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  if (options.strict) assertTiled(zip, entries, offset);
  return entries;
}

/** Entries in file order must cover [0, directory offset) with no gap and no overlap (see the module comment). */
function assertTiled(zip: Buffer, entries: readonly ZipEntry[], directoryOffset: number): void {
  let at = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    if (entry.flags & 0x1) throw new ZipFormatError(`part ${entry.name} is encrypted`);
    if (entry.localOffset !== at) throw new ZipFormatError(`unlisted or overlapping data before part ${entry.name}`);
    const localCompressed = zip.readUInt32LE(entry.localOffset + 18);
    if (!(entry.flags & 0x8) && localCompressed !== entry.compressedSize)
      throw new ZipFormatError(`part ${entry.name}: local and directory sizes differ`);
    at = entry.dataOffset + entry.compressedSize;
    if (entry.flags & 0x8) at += at + 4 <= directoryOffset && zip.readUInt32LE(at) === DESCRIPTOR ? 16 : 12;
  }
  if (at !== directoryOffset) throw new ZipFormatError('unlisted data between the last part and the ZIP directory');
}
