/**
 * Picks the reader for a file: XLSX by its ZIP signature (or .xlsx name), JSON Lines by .jsonl/.ndjson, else CSV.
 * An .xlsx name without a ZIP signature is refused rather than read as text. The XLSX reader (and exceljs with it, a
 * third of a second to load) is imported only when a file is a workbook, so `egov score` on a CSV starts quickly.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileInputError } from '../input-error.js';
import type { IngestLimits } from '../limits.js';
import { openCsvSource } from './csv-source.js';
import { openJsonlSource } from './jsonl-source.js';
import type { HeaderPredicate, TableSource } from './table-source.js';

export interface SourceOptions {
  readonly limits: IngestLimits;
  readonly isHeader: HeaderPredicate;
  readonly sheet?: string;
}

export async function openSource(file: string, options: SourceOptions): Promise<TableSource> {
  const extension = extname(file).toLowerCase();
  let magic: Buffer;
  try {
    magic = await readMagic(file);
  } catch (error) {
    throw fileInputError(
      { file },
      `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const isZip = magic.length >= 4 && magic.readUInt32LE(0) === 0x04034b50;
  if (isZip) {
    const { openXlsxSource } = await import('./xlsx-source.js');
    return openXlsxSource(file, options.limits, options.isHeader, options.sheet);
  }
  if (extension === '.xlsx' || extension === '.xlsm')
    throw fileInputError({ file }, 'not an XLSX file (no ZIP signature)');
  if (extension === '.jsonl' || extension === '.ndjson') return openJsonlSource(file, options.limits);
  return openCsvSource(file, options.limits, options.isHeader);
}

async function readMagic(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
