/**
 * Fixes the modification time of every entry of a ZIP archive (an .xlsx is one), so that the same workbook gives the
 * same bytes: exceljs stamps each entry with the clock. The MS-DOS time and date fields of every central-directory
 * header and of the local header it points to are set to `at` (UTC, 2-second resolution; years before 1980 become
 * 1980, the format's epoch). Entry data and CRCs are untouched.
 *
 * Layout (APPNOTE 4.3): end-of-central-directory record (signature 0x06054b50) holds the entry count at +10 and the
 * central directory's offset at +16; a central header (0x02014b50) has time/date at +12/+14, name/extra/comment
 * lengths at +28/+30/+32 and the local header's offset at +42; a local header (0x04034b50) has time/date at +10/+12.
 * @throws RangeError for a buffer that is not a ZIP archive, or a ZIP64 archive (never produced for a workbook).
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS time and date words of a UTC instant. */
export function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(at.getUTCFullYear(), 1980);
  const early = at.getUTCFullYear() < 1980;
  return {
    time: early ? 0 : (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: early ? (1 << 5) | 1 : ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

function findEndRecord(zip: Buffer): number {
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xffff); p--) if (zip.readUInt32LE(p) === EOCD) return p;
  throw new RangeError('setZipEntryDates: no end-of-central-directory record (not a ZIP archive)');
}

/** Returns a copy of `zip` with every entry dated `at`. */
export function setZipEntryDates(zip: Buffer, at: Date): Buffer {
  const out = Buffer.from(zip);
  const end = findEndRecord(out);
  const count = out.readUInt16LE(end + 10);
  let p = out.readUInt32LE(end + 16);
  if (count === 0xffff || p === 0xffffffff) throw new RangeError('setZipEntryDates: ZIP64 archives are not supported');
  const { time, date } = dosDateTime(at);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new RangeError(`setZipEntryDates: central header ${i} not found at ${p}`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new RangeError(`setZipEntryDates: local header of entry ${i} not found at ${local}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
