/** Test helpers of the ingest: temporary files in any encoding, and a snapshot of every table's row count. */
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rowCounts } from '../../src/db/row-counts.js';
import type { Database } from '../../src/db/connect.js';

export interface TempDir {
  path: string;
  write(name: string, content: string | Buffer, encoding?: string): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'egov-ingest-'));
  return {
    path,
    write(name, content, encoding = 'utf-8') {
      const file = join(path, name);
      writeFileSync(file, typeof content === 'string' ? iconv.encode(content, encoding) : content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

export const counts = (database: Database) => rowCounts(database.db);

/** Rows of a query, on either database. */
export async function rows<R>(database: Database, text: string, params: unknown[] = []): Promise<R[]> {
  if (database.kind === 'pglite') return (await database.pglite.query<R>(text, params)).rows;
  return (await database.pool.query(text, params)).rows as R[];
}
