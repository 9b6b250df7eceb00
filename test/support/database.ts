/**
 * Test databases: every test file gets fresh, migrated databases with the reference catalogue loaded — an in-memory
 * PGlite restored from the template dump, and, when TEST_DATABASE_URL is set, a PostgreSQL database copied from the
 * template. Use `describe.each(testDatabases())` to run the same tests on both.
 */
import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { connect, type Database } from '../../src/db/connect.js';
import { PG_TEMPLATE, TEMPLATE_DUMP, databaseUrl } from './paths.js';

export interface TestDatabase {
  readonly name: 'pglite' | 'postgres';
  /** Opens a fresh database; close it with `database.close()`, which also drops a PostgreSQL copy. */
  open(): Promise<Database>;
}

let counter = 0;

export async function openPgliteFromTemplate(): Promise<Database> {
  const blob = new Blob([readFileSync(TEMPLATE_DUMP)]);
  const pglite = await PGlite.create({ loadDataDir: blob });
  return connect({ pglite });
}

export async function openPostgresFromTemplate(url: string): Promise<Database> {
  const name = `egov_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const database = await connect({ databaseUrl: databaseUrl(url, name) });
  const close = database.close;
  return Object.assign(database, {
    close: async () => {
      await close.call(database);
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  });
}

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: openPgliteFromTemplate }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => openPostgresFromTemplate(url) });
  return list;
}
