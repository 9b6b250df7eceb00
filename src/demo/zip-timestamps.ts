/**
 * Makes a ZIP container byte-stable: exceljs (through JSZip) stamps every entry with the current time, so two
 * otherwise identical XLSX files differ. This rewrites the DOS date/time of every entry, in the central directory
 * (offsets 12–15 of each 46-byte record) and in the local file header it points to (offsets 10–13), to a fixed
 * moment. DOS times have 2-second resolution and no time zone; years before 1980 cannot be written.
 * @throws RangeError if the buffer has no end-of-central-directory record or a signature does not match
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS time and date words of a UTC moment. @throws RangeError before 1980 */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = date.getUTCFullYear();
  if (year < 1980 || year > 2107) throw new RangeError(`DOS dates cover 1980–2107, got ${year}`);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Returns a copy of the zip with every entry's modification time set to `moment`. */
export function fixZipTimestamps(zip: Buffer, moment: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(moment);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (out.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new RangeError('fixZipTimestamps: no end-of-central-directory record');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new RangeError(`fixZipTimestamps: bad central directory record at ${p}`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new RangeError(`fixZipTimestamps: bad local header at ${local}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
