/**
 * Splits a byte stream into UTF-8 lines (LF or CRLF) with a length cap: a line that grows beyond `maxLineBytes`
 * is refused as soon as the cap is passed, so an endless line costs bounded memory and time. A UTF-8 BOM at the
 * start is dropped; invalid UTF-8 is refused with its line.
 */
import type { Readable } from 'node:stream';
import { fileInputError } from '../input-error.js';

export async function* splitLines(
  stream: Readable,
  file: string,
  maxLineBytes: number,
): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;
  const emit = (last: Buffer) => {
    const bytes = Buffer.concat([...pending, last]);
    pending = [];
    pendingBytes = 0;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw fileInputError({ file, line }, 'invalid UTF-8: JSON Lines files must be UTF-8');
    }
    return { line: line++, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      if (pendingBytes + nl - start > maxLineBytes) throw tooLong(file, line, maxLineBytes);
      yield emit(chunk.subarray(start, nl));
      start = nl + 1;
    }
    pending.push(chunk.subarray(start));
    pendingBytes += chunk.length - start;
    if (pendingBytes > maxLineBytes) throw tooLong(file, line, maxLineBytes);
  }
  if (pendingBytes > 0) yield emit(Buffer.alloc(0));
}

function tooLong(file: string, line: number, max: number) {
  return fileInputError({ file, line }, `line longer than ${max} bytes (limit maxLineBytes)`);
}
