/**
 * The Citus layout is a no-op on PGlite and on plain PostgreSQL (no `citus` extension); on a coordinator it is
 * checked by test/db/citus-equivalence.test.ts. Every table of the schema has a placement with a reason.
 */
import { sql } from 'kysely';
import { applyCitusLayout, CITUS_LAYOUT, isCitusCoordinator } from '../../src/db/citus-layout.js';
import { TABLES } from '../../src/db/tables.js';
import { describeEachDatabase } from '../support/database.js';

describeEachDatabase('Citus layout on $name', ({ open }) => {
  test('is not a coordinator, and applying the layout changes nothing', async () => {
    const database = await open();
    try {
      const before = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_class WHERE relkind IN ('r', 'p')`.execute(database.db);
      expect(await isCitusCoordinator(database.db)).toBe(false);
      expect(await applyCitusLayout(database.db)).toEqual([]);
      const after = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_class WHERE relkind IN ('r', 'p')`.execute(database.db);
      expect(after.rows[0].n).toBe(before.rows[0].n);
    } finally {
      await database.close();
    }
  });
});

test('every table of the schema is placed, with a reason', () => {
  expect(Object.keys(CITUS_LAYOUT).sort()).toEqual([...TABLES].sort());
  for (const placement of Object.values(CITUS_LAYOUT)) expect(placement.reason.length).toBeGreaterThan(20);
});
