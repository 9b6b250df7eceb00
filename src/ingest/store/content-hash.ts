/**
 * The identity of a batch: SHA-256 of its content. One file: the SHA-256 of its bytes (so `sha256sum FILE` gives
 * the same). Several files: the SHA-256 of their hex digests sorted and joined by "\n", so their order on the
 * command line does not matter. Streams the files (constant memory).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function contentSha256(files: readonly string[]): Promise<string> {
  const digests: string[] = [];
  for (const file of files) digests.push(await sha256File(file));
  if (digests.length === 1) return digests[0];
  return createHash('sha256')
    .update([...digests].sort().join('\n'))
    .digest('hex');
}
