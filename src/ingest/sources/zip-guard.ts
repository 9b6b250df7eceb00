/**
 * Checks an XLSX (a ZIP archive) before any library inflates it, with the one ZIP reader (src/zip). Refused:
 * a truncated or ZIP64 archive, too many entries, data not listed in the directory (a hidden part a streaming
 * reader would meet), a declared total above `maxXlsxUncompressedBytes`, and — inflating EVERY part (media and
 * unknown parts too) through a streaming inflater that counts the bytes actually produced — a part producing more
 * than it declares, more than the remaining total budget, or, beyond 1 MiB, more than `maxXlsxRatio` × its
 * compressed size (a compression bomb). Memory stays at a chunk and the time is bounded by the budget whatever the
 * archive declares. XML parts are scanned on the way for DOCTYPE/ENTITY declarations (entity-expansion attacks).
 */
import { readFile } from 'node:fs/promises';
import { ZipBudgetError, inflateEntry } from '../../zip/inflate-entry.js';
import { ZipFormatError, readZipDirectory, type ZipEntry } from '../../zip/zip-directory.js';
import { fileInputError } from '../input-error.js';
import type { IngestLimits } from '../limits.js';

const RATIO_CHECK_FROM = 1024 * 1024;
const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;

export async function guardXlsx(file: string, limits: IngestLimits): Promise<ZipEntry[]> {
  const bytes = await readFile(file);
  try {
    const entries = readZipDirectory(bytes, { strict: true });
    const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
    if (declared > limits.maxXlsxUncompressedBytes) throw tooBig(limits);
    let produced = 0;
    for (const entry of entries) {
      const ratioBudget = Math.max(RATIO_CHECK_FROM, entry.compressedSize * limits.maxXlsxRatio);
      const budget = Math.min(limits.maxXlsxUncompressedBytes - produced, ratioBudget);
      const xml = /\.(xml|rels)$/i.test(entry.name);
      let tail = '';
      try {
        produced += await inflateEntry(bytes, entry, budget, (chunk) => {
          if (!xml) return;
          const text = tail + chunk.toString('latin1');
          if (DOCTYPE.test(text))
            throw new ZipFormatError(`XLSX part ${entry.name} declares a DOCTYPE or ENTITY: refused`);
          tail = text.slice(-16);
        });
      } catch (error) {
        if (!(error instanceof ZipBudgetError)) throw error;
        if (budget === ratioBudget) {
          throw new ZipFormatError(
            `XLSX part ${entry.name} has compression ratio ${Math.round(error.produced / Math.max(1, entry.compressedSize))} above ${limits.maxXlsxRatio} (compression bomb?)`,
          );
        }
        throw tooBig(limits);
      }
    }
    return entries;
  } catch (error) {
    if (error instanceof ZipFormatError) throw fileInputError({ file }, describe(error.message));
    throw error;
  }
}

const tooBig = (limits: IngestLimits): ZipFormatError =>
  new ZipFormatError(
    `XLSX expands to more than ${limits.maxXlsxUncompressedBytes} bytes (limit maxXlsxUncompressedBytes)`,
  );

/** Reader messages read as XLSX problems: "the ZIP end record is missing" → "not a complete XLSX: …". */
function describe(message: string): string {
  if (message.startsWith('XLSX ')) return message;
  if (/truncated/.test(message)) return `not a complete XLSX: ${message}`;
  return `corrupt XLSX: ${message}`;
}
