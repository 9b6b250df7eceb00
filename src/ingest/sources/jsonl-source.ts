/**
 * Streams a JSON Lines file (one JSON object per line, UTF-8). The keys of the first object are the header; every
 * later object must use only those keys (missing keys are empty cells). Lines longer than `limits.maxLineBytes`
 * bytes are refused without being buffered whole; blank lines are skipped. Numbers and booleans become their text.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileInputError } from '../input-error.js';
import type { IngestLimits } from '../limits.js';
import type { RawRecord, TableSource } from './table-source.js';
import { splitLines } from './line-splitter.js';

export async function openJsonlSource(file: string, limits: IngestLimits): Promise<TableSource> {
  const { size } = await stat(file);
  if (size > limits.maxFileBytes)
    throw fileInputError({ file }, `file of ${size} bytes exceeds the limit of ${limits.maxFileBytes} bytes`);
  let bytesRead = 0;
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  stream.on('data', (chunk) => {
    bytesRead += chunk.length;
  });
  const objects = parseObjects(splitLines(stream, file, limits.maxLineBytes), file)[Symbol.asyncIterator]();
  const first = await objects.next();
  if (first.done) throw fileInputError({ file, line: 1 }, 'empty file: expected JSON objects, one per line');
  const header = Object.keys(first.value.object);
  const index = new Map(header.map((key, i) => [key, i]));
  async function* records(): AsyncGenerator<RawRecord> {
    yield { line: first.value!.line, cells: toCells(first.value!.object) };
    for (let next = await objects.next(); !next.done; next = await objects.next()) {
      const { line, object } = next.value;
      for (const key of Object.keys(object)) {
        if (!index.has(key))
          throw fileInputError(
            { file, line, column: key },
            `unexpected key: the first line's keys are ${header.join(', ')}`,
          );
      }
      yield { line, cells: toCells(object) };
    }
  }
  function toCells(object: Record<string, unknown>): string[] {
    return header.map((key) => cellText(object[key]));
  }
  return {
    file,
    format: 'jsonl',
    header,
    headerLine: 0,
    records: records(),
    bytesRead: () => bytesRead,
    bytesTotal: size,
  };
}

async function* parseObjects(lines: AsyncIterable<{ line: number; text: string }>, file: string) {
  for await (const { line, text } of lines) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw fileInputError({ file, line }, `invalid JSON: ${(error as Error).message}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw fileInputError({ file, line }, 'expected a JSON object');
    yield { line, object: value as Record<string, unknown> };
  }
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
