/**
 * Restamps the modification time of every entry of a ZIP archive so that the same content gives the same bytes
 * (exceljs stamps entries with the clock): the MS-DOS time and date of every central header and of the local header
 * it points to are set to `at` (UTC, 2-second resolution). Entry data and CRCs are untouched. Entries are found by the
 * one ZIP reader (zip-directory.ts).
 * @throws ZipFormatError for a buffer that is not a ZIP archive or a ZIP64 one.
 */
import { readZipDirectory } from './zip-directory.js';

/**
 * MS-DOS time and date words of a UTC instant: time = h<<11 | m<<5 | s/2, date = (y−1980)<<9 | month<<5 | day.
 * The format covers 1980–2107: an instant before 1980 becomes 1980-01-01 00:00 (date 33, time 0), one after 2107
 * becomes 2107-12-31 23:59:58.
 */
export function dosDateTime(at: Date): { time: number; date: number } {
  const year = at.getUTCFullYear();
  if (year < 1980) return { time: 0, date: (1 << 5) | 1 };
  if (year > 2107) return dosDateTime(new Date(Date.UTC(2107, 11, 31, 23, 59, 58)));
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** Returns a copy of `zip` with every entry dated `at`. */
export function setZipEntryDates(zip: Buffer, at: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(at);
  for (const entry of readZipDirectory(out)) {
    out.writeUInt16LE(time, entry.centralOffset + 12);
    out.writeUInt16LE(date, entry.centralOffset + 14);
    out.writeUInt16LE(time, entry.localOffset + 10);
    out.writeUInt16LE(date, entry.localOffset + 12);
  }
  return out;
}
