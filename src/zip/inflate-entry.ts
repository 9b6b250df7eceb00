/**
 * Inflates one ZIP entry through a streaming inflater, counting the bytes actually produced — whatever the archive
 * declares — and stopping as soon as they pass the entry's declared size or the caller's budget. Memory stays at
 * one chunk (64 KiB in, zlib's window out) because chunks are handed to `onChunk` and dropped, and time is bounded
 * by the budget, so a part that lies about its size (1 GiB declared as 1,000 bytes) is refused after ~1,000 bytes.
 * Only stored (0) and deflate (8) entries are read.
 * @throws ZipFormatError on a corrupt stream, an unknown method, output above the declared size; ZipBudgetError
 *   when the output passes `budget`; whatever `onChunk` throws (inflation stops there).
 */
import { createInflateRaw } from 'node:zlib';
import { ZipFormatError, type ZipEntry } from './zip-directory.js';

export class ZipBudgetError extends Error {
  override readonly name = 'ZipBudgetError';
  constructor(
    readonly entry: string,
    readonly produced: number,
    readonly budget: number,
  ) {
    super(`part ${entry} inflates to more than ${budget} bytes`);
  }
}

const CHUNK = 64 * 1024;

/** Streams the entry's inflated bytes to `onChunk`; resolves with the number produced. */
export function inflateEntry(
  zip: Buffer,
  entry: ZipEntry,
  budget: number,
  onChunk: (chunk: Buffer) => void = () => undefined,
): Promise<number> {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const limit = Math.min(budget, entry.declaredSize);
  const overflow = (produced: number): Error =>
    produced > entry.declaredSize
      ? new ZipFormatError(`part ${entry.name} declares ${entry.declaredSize} bytes but inflates to more`)
      : new ZipBudgetError(entry.name, produced, budget);
  if (entry.method === 0) {
    if (data.length > limit) return Promise.reject(overflow(data.length));
    try {
      onChunk(data);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return Promise.resolve(data.length);
  }
  if (entry.method !== 8)
    return Promise.reject(
      new ZipFormatError(
        `part ${entry.name} uses compression method ${entry.method} (only stored and deflate are read)`,
      ),
    );
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    let produced = 0;
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > limit) return fail(overflow(produced));
      try {
        onChunk(chunk);
      } catch (error) {
        fail(error as Error);
      }
    });
    inflater.on('error', (error) =>
      fail(new ZipFormatError(`part ${entry.name} cannot be inflated (${error.message})`)),
    );
    inflater.on('end', () => {
      if (!settled) {
        settled = true;
        resolve(produced);
      }
    });
    // Feed the input a chunk at a time, waiting for the inflater to drain, so output never piles up.
    let at = 0;
    const feed = (): void => {
      while (!settled && at < data.length) {
        const more = inflater.write(data.subarray(at, at + CHUNK));
        at += CHUNK;
        if (!more) {
          inflater.once('drain', feed);
          return;
        }
      }
      if (!settled && at >= data.length) inflater.end();
    };
    feed();
  });
}
