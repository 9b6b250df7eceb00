/**
 * The product's one ZIP writer (the reader is zip-directory.ts): a plain archive (APPNOTE 4.3, no ZIP64, no data
 * descriptors, UTF-8 names flagged with bit 11) built in memory from named byte buffers. Entries are written in the
 * order given, every one dated `at` (MS-DOS time, see entry-dates.ts), so the same entries give the same bytes.
 * A `store` entry (already-compressed data: PNG, XLSX) is kept as it is (method 0); the others are deflated
 * (method 8, level 6) unless deflating does not make them smaller. `writeZip` deflates in the calling thread;
 * `writeZipInPool` deflates the entries in libuv's thread pool, several at once (a publication's archive holds
 * 100 MB of SVG, HTML and CSV), and gives the same bytes.
 * @throws ZipFormatError when the archive would need ZIP64 (more than 65,535 entries, or 4 GiB or more), or a name
 *   is empty, absolute, has a `..` segment or a backslash, or appears twice.
 */
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { dosDateTime } from './entry-dates.js';
import { ZipFormatError } from './zip-directory.js';

export interface ZipInput {
  /** The entry's path inside the archive, with forward slashes. */
  readonly name: string;
  readonly data: Buffer;
  /** Keep the bytes as they are (already compressed). */
  readonly store?: boolean;
}

const LIMIT = 0xffffffff;

let table: Uint32Array | null = null;
/** CRC-32 (IEEE): node:zlib's where it has one (Node ≥ 20.15), else a table walk. */
export function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  if (typeof native === 'function') return native(data) >>> 0;
  if (table === null) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function checkName(name: string, seen: Set<string>): void {
  const segments = name.split('/');
  if (name === '' || name.startsWith('/') || name.includes('\\') || segments.includes('..') || segments.includes(''))
    throw new ZipFormatError(`ZIP entry name ${JSON.stringify(name)} is not a plain relative path`);
  if (seen.has(name)) throw new ZipFormatError(`ZIP entry ${name} appears twice`);
  seen.add(name);
}

const DEFLATE = { level: 6 } as const;
const deflateRaw = promisify(zlib.deflateRaw);

/** Refuses what the archive cannot hold (before any work is done). */
function checkEntries(entries: readonly ZipInput[], comment: string): void {
  if (!/^[\x20-\x7e]{0,1000}$/.test(comment)) throw new ZipFormatError('a ZIP comment must be printable ASCII');
  if (entries.length > 0xffff) throw new ZipFormatError(`${entries.length} entries need ZIP64, which is not written`);
  const seen = new Set<string>();
  for (const entry of entries) checkName(entry.name, seen);
}

/** The archive of `entries`, each dated `at`, with an optional archive comment (printable ASCII, up to 1,000 chars). */
export function writeZip(entries: readonly ZipInput[], at: Date, comment = ''): Buffer {
  checkEntries(entries, comment);
  const deflated = entries.map((entry) => (entry.store ? null : zlib.deflateRawSync(entry.data, DEFLATE)));
  return assemble(entries, deflated, at, comment);
}

/** The same bytes as writeZip, with the entries deflated in libuv's thread pool. */
export async function writeZipInPool(entries: readonly ZipInput[], at: Date, comment = ''): Promise<Buffer> {
  checkEntries(entries, comment);
  const deflated = await Promise.all(entries.map((entry) => (entry.store ? null : deflateRaw(entry.data, DEFLATE))));
  return assemble(entries, deflated, at, comment);
}

/** Lays out the checked entries, `deflated[i]` being entry i deflated (null for a stored entry). */
function assemble(
  entries: readonly ZipInput[],
  deflated: readonly (Buffer | null)[],
  at: Date,
  comment: string,
): Buffer {
  const { time, date } = dosDateTime(at);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [i, entry] of entries.entries()) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = deflated[i] != null && deflated[i]!.length < entry.data.length ? 8 : 0;
    const body = method === 8 ? deflated[i]! : entry.data;
    if (entry.data.length >= LIMIT || offset + 30 + name.length + body.length >= LIMIT)
      throw new ZipFormatError(`the archive would reach 4 GiB at ${entry.name}; ZIP64 is not written`);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 name
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0 (no Unix modes)
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42); // extra, comment, disk, attributes: 0
    parts.push(local, name, body);
    central.push(header, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length + 22 >= LIMIT) throw new ZipFormatError('the archive would reach 4 GiB');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...parts, directory, end, Buffer.from(comment, 'latin1')]);
}
