/**
 * Issue 12 item 7: the 404 of a draft id to an anonymous caller takes the same code path as a missing id — the same
 * status, headers and body (but for the id it echoes) — and the lookup never reads the draft row: visibility is in
 * the SQL (`status <> 'draft'`), so the draft is not loaded and then hidden. No timing is measured.
 */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import type { DB } from '../../src/db/tables.js';
import { getRun, listRuns } from '../../src/ratings/queries.js';
import { describeEachDatabase } from '../support/database.js';
import { call, startHarness, type Harness } from './server-harness.js';

/** A Kysely that runs nothing and records every query it would send. */
function recordingDb(): { db: Kysely<DB>; queries: CompiledQuery[] } {
  const queries: CompiledQuery[] = [];
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') queries.push(event.query);
    },
  });
  return { db, queries };
}

describe('a run lookup for a caller who may not read drafts', () => {
  test('filters drafts out in SQL, in the one query that looks the id up', async () => {
    const { db, queries } = recordingDb();
    await getRun(db, 42, { drafts: false });
    await listRuns(db, { drafts: false });
    expect(queries).toHaveLength(2);
    for (const query of queries) {
      expect(query.sql).toMatch(/"status" <> \$\d/);
      expect(query.parameters).toContain('draft');
      expect(query.sql).not.toMatch(/build_log/);
    }
    expect(queries[0]!.sql).toMatch(/"id" = \$\d/);
    expect(queries[0]!.parameters).toContain(42);
  });

  test('with drafts allowed the same query has no status filter', async () => {
    const { db, queries } = recordingDb();
    await getRun(db, 42, { drafts: true });
    expect(queries[0]!.sql).toMatch(/where "id" = \$1$/);
  });
});

describeEachDatabase('the 404 of a draft id and of a missing id on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
  }, 120_000);
  afterAll(async () => h.stop());

  test.each(['', '/ranking', '/methodology', '/regions/RU-TUL'])(
    'GET /api/v1/runs/{id}%s answers a hidden draft exactly as a missing run',
    async (suffix) => {
      const missing =
        (
          await h.database.db
            .selectFrom('rating_run')
            .select((eb) => eb.fn.max('id').as('m'))
            .executeTakeFirstOrThrow()
        ).m! + 1;
      expect(String(missing).length).toBe(String(h.draftRunId).length); // same length: same Content-Length
      const answer = async (id: number) => {
        const response = await call(h, `/api/v1/runs/${id}${suffix}`);
        // the date differs by the clock, the ETag by the id the message echoes; every other header is compared
        const headers = Object.fromEntries(
          [...response.headers].filter(([name]) => name !== 'date' && name !== 'etag'),
        );
        return { status: response.status, headers, body: (await response.text()).replaceAll(String(id), 'N') };
      };
      const draft = await answer(h.draftRunId);
      expect(draft.status).toBe(404);
      expect(draft.body).toBe('{"error":{"code":"not_found","message":"rating run N not found"}}');
      expect(await answer(missing)).toEqual(draft);
    },
  );
});
