/**
 * Under `egov serve` on the embedded database (one PGlite connection), an upload's ingest transaction is the
 * driver's transaction: while it is open, every other request waits for the connection instead of running inside
 * it. So a concurrent request is neither rolled back with a failed ingest nor commits the ingest's half-written rows.
 * The ingest is held open deterministically at its first COPY (a gate on the PGlite COPY call, inside the
 * transaction), then fails (a duplicate application id) and rolls back.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../src/db/connect.js';
import { ingestUploads } from '../../src/web/ingest-adapter.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { call, startHarness, type Harness } from '../web/server-harness.js';

const HEADER = 'application_id,region,oktmo,service,channel,submitted_at,deadline_days';
const LOG = `${HEADER}\nD1,RU-SMO,66701000,marriage_registration,portal,2024-02-01T10:00:00Z,30\nD1,RU-SMO,66701000,marriage_registration,mfc,2024-02-02T10:00:00Z,30\n`;

/** The database seen by the ingest: its PGlite COPY waits for `release()` after announcing `opened`. */
function gated(database: Database & { kind: 'pglite' }) {
  let announce!: () => void;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => {
    announce = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const pglite = new Proxy(database.pglite, {
    get(target, property) {
      if (property === 'query') {
        return async (...args: Parameters<PGlite['query']>) => {
          if (args[2]?.blob) {
            announce();
            await released;
          }
          return target.query(...args);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { view: { ...database, pglite } as Database, opened, release };
}

const settled = <T>(promise: Promise<T>) => {
  const state = { done: false };
  promise.then(
    () => {
      state.done = true;
    },
    () => {
      state.done = true;
    },
  );
  return state;
};

describe('egov serve on PGlite: an open ingest transaction and concurrent requests', () => {
  let h: Harness;
  let gate: ReturnType<typeof gated>;
  beforeAll(async () => {
    let real!: Database;
    h = await startHarness(async () => (real = await openPgliteFromTemplate()), {
      ingest: (files, options) => ingestUploads(gate.view)(files, options),
    });
    gate = gated(real as Database & { kind: 'pglite' });
  }, 60_000);
  afterAll(() => h.stop());

  test('a concurrent write waits, is not rolled back with the failed ingest, and commits none of its rows', async () => {
    const upload = call(h, '/api/v1/ingest?period=2024&kind=applications', h.tokens.analyst, {
      method: 'POST',
      headers: { 'X-File-Name': 'log.csv', 'Content-Type': 'text/csv' },
      body: LOG,
    });
    await gate.opened; // the ingest's transaction is open: its batch row is written, its COPY about to run
    const comment = call(h, `/api/v1/runs/${h.draftRunId}/comments`, h.tokens.regionalOwn, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ regionCode: h.ownRegion, body: 'written during an upload' }),
    });
    const read = h.database.db.selectFrom('ingest_batch').select('id').execute();
    const commentState = settled(comment);
    const readState = settled(read);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Neither ran inside the ingest's transaction: both wait for the connection.
    expect(commentState).toEqual({ done: false });
    expect(readState).toEqual({ done: false });
    gate.release();
    const refused = await upload;
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /duplicate application id/,
    );
    expect((await comment).status).toBe(201);
    expect(await read).toEqual([]); // the pending batch of the open transaction was never visible
    const stored = await h.database.db.selectFrom('run_comment').select('body').execute();
    expect(stored).toEqual([{ body: 'written during an upload' }]);
    expect(await h.database.db.selectFrom('ingest_batch').select('id').execute()).toEqual([]);
    expect(await h.database.db.selectFrom('application').select('application_id').execute()).toEqual([]);
  }, 60_000);
});
