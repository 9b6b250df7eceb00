/**
 * Streams a CSV file as records: encoding (UTF-8 ± BOM, Windows-1251, KOI8-R) and delimiter (`,` `;` TAB) are
 * sniffed from the first 64 KiB; the header is found among the first 30 records as in XLSX (title rows above it,
 * multi-row headers, a units row and a column-number row under it: see header-detect.ts); rows of empty cells are skipped; quoted fields may hold delimiters, quotes ("") and line breaks. Memory stays bounded:
 * a record longer than `limits.maxLineBytes` is refused with its line, and so is binary content (a NUL byte).
 */
import iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { fileInputError } from '../input-error.js';
import type { IngestLimits } from '../limits.js';
import { detectDelimiterOfSample } from '../sniff/delimiter.js';
import { detectEncoding, firstNulByte } from '../sniff/encoding.js';
import { CsvSyntaxError, parseCsvRecords } from '../../text/csv-records.js';
import { detectHeader } from './header-detect.js';
import type { HeaderPredicate, RawRecord, TableSource } from './table-source.js';

const SAMPLE_BYTES = 64 * 1024;
const HEADER_SEARCH_ROWS = 30;

export async function openCsvSource(
  file: string,
  limits: IngestLimits,
  isHeader?: HeaderPredicate,
): Promise<TableSource> {
  const { size } = await stat(file);
  if (size > limits.maxFileBytes)
    throw fileInputError({ file }, `file of ${size} bytes exceeds the limit of ${limits.maxFileBytes} bytes`);
  if (size === 0) throw fileInputError({ file, line: 1 }, 'empty file: expected a header line');
  const sample = await readSample(file);
  const nul = firstNulByte(sample);
  if (nul >= 0) {
    const line = 1 + sample.subarray(0, nul).filter((b) => b === 0x0a).length;
    throw fileInputError({ file, line }, `binary content (NUL byte at offset ${nul}): expected CSV text`);
  }
  const { encoding, bomBytes } = detectEncoding(sample);
  const delimiter = detectDelimiterOfSample(iconv.decode(Buffer.from(sample.subarray(bomBytes)), encoding));
  let bytesRead = 0;
  const stream = createReadStream(file, { start: bomBytes, highWaterMark: 256 * 1024 });
  stream.on('data', (chunk) => {
    bytesRead += chunk.length;
  });
  const text = stream.pipe(iconv.decodeStream(encoding)) as AsyncIterable<string>;
  const iterator = parseRecords(parseCsvRecords(text, delimiter, limits.maxLineBytes), file)[Symbol.asyncIterator]();
  const head: RawRecord[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  if (head.length === 0) throw fileInputError({ file, line: 1 }, 'no header line: the file holds only empty lines');
  const found = isHeader
    ? detectHeader(
        head.map((r) => r.cells),
        isHeader,
      )
    : null;
  const headerRow = found?.headerRow ?? 0;
  const dataStart = found?.dataStart ?? 1;
  async function* records(): AsyncGenerator<RawRecord> {
    yield* head.slice(dataStart);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const delimiterName = delimiter === '\t' ? 'TAB' : `'${delimiter}'`;
  return {
    file,
    format: `csv ${encoding} ${delimiterName}`,
    header: found ? [...found.header] : head[0].cells.map((c) => c.trim()),
    headerLine: head[headerRow].line,
    records: records(),
    bytesRead: () => bytesRead,
    bytesTotal: size,
  };
}

async function readSample(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* parseRecords(records: AsyncIterable<RawRecord>, file: string): AsyncGenerator<RawRecord> {
  try {
    for await (const record of records) {
      if (record.cells.every((cell) => cell.trim() === '')) continue; // blank lines and Excel's ";;;" rows
      yield record;
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw fileInputError({ file, line: error.line, character: error.column }, error.message);
    throw error;
  }
}
