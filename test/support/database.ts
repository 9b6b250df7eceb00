/**
 * Test databases: every test file gets fresh, migrated databases with the reference catalogue loaded — an in-memory
 * PGlite restored from the template dump, and, when TEST_DATABASE_URL is set, a PostgreSQL database copied from the
 * template. Use `describeEachDatabase('… on $name', ({ open }) => …)` to run the same tests on both: without
 * TEST_DATABASE_URL the PostgreSQL block is registered as skipped, so the summary says "N skipped" and the number of
 * tests is the same whether or not a server is there.
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

/** `describe` when TEST_DATABASE_URL is set, else `describe.skip`: for PostgreSQL-only blocks. */
export const describeOnPostgres: jest.Describe = process.env.TEST_DATABASE_URL ? describe : describe.skip;

/** One describe block per variant ($name in the title); the one named 'postgres' is skipped without a server. */
export function describeEachVariant<T extends { readonly name: string }>(
  variants: readonly T[],
  title: string,
  body: (variant: T) => void,
): void {
  for (const variant of variants) {
    (variant.name === 'postgres' ? describeOnPostgres : describe)(title.replaceAll('$name', variant.name), () =>
      body(variant),
    );
  }
}

/** One describe block per database (pglite, postgres) opened from the templates. */
export function describeEachDatabase(title: string, body: (database: TestDatabase) => void): void {
  describeEachVariant<TestDatabase>(
    [
      { name: 'pglite', open: openPgliteFromTemplate },
      { name: 'postgres', open: () => openPostgresFromTemplate(requiredTestDatabaseUrl()) },
    ],
    title,
    body,
  );
}

/** TEST_DATABASE_URL inside a PostgreSQL block (which is skipped when it is unset). */
export function requiredTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}
