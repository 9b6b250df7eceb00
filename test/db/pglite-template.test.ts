/**
 * A new PGlite data directory made from the cached initialised database (src/db/pglite-template.ts) is a working,
 * empty database that migrates like one initialised from scratch, and keeps what is written to it when reopened; a
 * directory that holds a database is opened as it is, never overwritten by the template.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { projectPath } from '../../src/project-root.js';

const tables = async (dataDir: string): Promise<string[]> => {
  const database = await connect({ dataDir });
  try {
    const { rows } = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name IN ('region', 'application', 'kysely_migration') ORDER BY 1`.execute(
      database.db,
    );
    return rows.map((r) => r.name);
  } finally {
    await database.close();
  }
};

test('a new directory opens as an empty database, migrates, and keeps its data; the template is cached', async () => {
  const root = mkdtempSync(join(tmpdir(), 'egov-pglite-template-'));
  // The first new directory may make the template, the second is then made from it.
  for (const name of ['first', 'second']) {
    const dataDir = join(root, name);
    expect(await tables(dataDir)).toEqual([]);
    const database = await connect({ dataDir });
    await migrateToLatest(database.db);
    await sql`INSERT INTO federal_district (code, name_ru, name_en) VALUES ('TST', 'Тест', 'Test')`.execute(
      database.db,
    );
    await database.close();
    expect(await tables(dataDir)).toEqual(['application', 'kysely_migration', 'region']);
  }
  expect(readdirSync(projectPath('node_modules', '.cache', 'egov-monitor')).some((f) => f.endsWith('.tar.gz'))).toBe(
    true,
  );
  const reopened = await connect({ dataDir: join(root, 'second') });
  const { rows } = await sql<{ code: string }>`SELECT code FROM federal_district`.execute(reopened.db);
  await reopened.close();
  expect(rows).toEqual([{ code: 'TST' }]);
  expect(existsSync(join(root, 'second', 'PG_VERSION'))).toBe(true);
}, 120_000);
