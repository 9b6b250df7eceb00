/**
 * Run once before the test files (by global-setup.cjs, through tsx): builds one migrated database with the reference catalogue, as a PGlite data-dir
 * dump (loaded by every test file in milliseconds) and, when TEST_DATABASE_URL is set, as the PostgreSQL template
 * database named by paths.ts#PG_TEMPLATE (unique to the run) that test files copy with CREATE DATABASE … TEMPLATE.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { connect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { storeCatalogue } from '../../src/reference/store.js';
import { PG_TEMPLATE, TEMPLATE_DUMP, databaseUrl as withDatabase } from './paths.js';

export async function buildTemplates(): Promise<void> {
  const catalogue = loadCatalogue();
  const lite = await connect({ dataDir: 'memory://' });
  await migrateToLatest(lite.db);
  await storeCatalogue(lite.db, catalogue);
  if (lite.kind !== 'pglite') throw new Error('expected PGlite');
  const dump = await lite.pglite.dumpDataDir('gzip');
  mkdirSync(new URL('.', TEMPLATE_DUMP), { recursive: true });
  // Written aside and renamed, so a test file never reads a half-written dump.
  const partial = new URL(`pglite.${process.pid}.partial`, TEMPLATE_DUMP);
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, TEMPLATE_DUMP);
  await lite.close();

  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${PG_TEMPLATE}`);
  await admin.end();
  const server = await connect({ databaseUrl: withDatabase(url, PG_TEMPLATE) });
  await migrateToLatest(server.db);
  await storeCatalogue(server.db, catalogue);
  await server.close();
}

await buildTemplates();
