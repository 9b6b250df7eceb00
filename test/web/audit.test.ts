/**
 * Finding 7 replayed: every write is audited in its own transaction, from HTTP and from the CLI (ingest with batch id
 * and content hash, reference load, token create/revoke, new runs), refused uploads included; `audit_log` refuses
 * UPDATE, DELETE and TRUNCATE in the database itself; `egov audit --since --actor` reads it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { runCli } from '../support/cli.js';
import { describeEachDatabase } from '../support/database.js';
import { seedRun } from './fixtures.js';
import { call, startHarness, type Harness } from './server-harness.js';

describeEachDatabase('audit on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
  });
  afterAll(async () => {
    await h.stop();
  });
  const actions = async (action: string) =>
    h.database.db
      .selectFrom('audit_log')
      .select(['actor', 'role', 'target', 'details'])
      .where('action', '=', action)
      .execute();

  test('audit_log is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const before = (await h.database.db.selectFrom('audit_log').select('id').execute()).length;
    expect(before).toBeGreaterThan(0);
    await expect(h.database.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(h.database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(h.database.db)).rejects.toThrow(/append-only/);
    expect((await h.database.db.selectFrom('audit_log').select('id').execute()).length).toBe(before);
  });

  test('a new rating run is audited in the inserting transaction; a rolled-back one leaves no row', async () => {
    const id = await seedRun(h.database.db, { period: 2022, status: 'draft' });
    expect((await actions('run.create')).filter((a) => a.target === `run:${id}`)).toEqual([
      {
        actor: 'fixture',
        role: 'operator',
        target: `run:${id}`,
        details: expect.objectContaining({ period: 2022, status: 'draft' }),
      },
    ]);
    const count = (await actions('run.create')).length;
    await expect(
      h.database.db.transaction().execute(async (trx) => {
        await seedRun(trx, { period: 2021, status: 'draft' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await actions('run.create')).length).toBe(count);
  });

  test('refused uploads are audited: X-File-Name "." and ".." are 400 bad_request (not 500), rejected rows 422', async () => {
    for (const name of ['.', '..']) {
      const response = await call(h, '/api/v1/ingest?period=2024&kind=measurements', h.tokens.analyst, {
        method: 'POST',
        headers: { 'X-File-Name': name, 'Content-Type': 'text/csv' },
        body: 'region,service,indicator,value\n',
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    }
    const refused = await actions('ingest.refuse');
    expect(refused.map((r) => r.target)).toEqual(['file:.', 'file:..']);
    expect(refused[0]).toMatchObject({
      actor: expect.stringMatching(/^token:/),
      role: 'federal-analyst',
      details: expect.objectContaining({ code: 'bad_request' }),
    });
  });

  test('an upload over 20 MB is refused with 413 entity_too_large and audited as refused', async () => {
    const before = (await actions('ingest.refuse')).length;
    const body = Buffer.alloc(21 * 1024 * 1024, 0x41);
    const response = await call(h, '/api/v1/ingest?period=2024&kind=measurements', h.tokens.analyst, {
      method: 'POST',
      headers: { 'X-File-Name': 'huge.csv', 'Content-Type': 'text/csv' },
      body,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('entity_too_large');
    const refused = (await actions('ingest.refuse')).slice(before);
    expect(refused).toEqual([
      {
        actor: expect.stringMatching(/^token:/),
        role: 'federal-analyst',
        target: 'file:huge.csv',
        details: expect.objectContaining({ code: 'entity_too_large', bytes: body.length }),
      },
    ]);
  });
});

test('CLI writes are audited (reference load, ingest with batch id and content hash, token create/revoke) and egov audit filters them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'egov-audit-'));
  try {
    const config = { dataDir: join(dir, 'pglite'), reportsDir: join(dir, 'reports') };
    expect((await runCli(['reference', 'load'], config)).code).toBe(0);
    const file = join(dir, 'm.csv');
    writeFileSync(file, 'region,service,indicator,value\nRU-SMO,marriage_registration,info_complete,87.5\n');
    const ingested = await runCli(['ingest', file, '--period', '2017', '--json'], config);
    expect(ingested.code).toBe(0);
    const batch = JSON.parse(ingested.out) as { batchId: string; contentSha256: string };
    const created = JSON.parse(
      (await runCli(['token', 'create', '--role', 'federal-analyst', '--json'], config)).out,
    ) as { prefix: string };
    expect((await runCli(['token', 'revoke', created.prefix], config)).code).toBe(0);
    const log = await runCli(['audit', '--actor', 'cli', '--json'], config);
    expect(log.code).toBe(0);
    const entries = (
      JSON.parse(log.out) as {
        entries: { action: string; target: string; actor: string; details: Record<string, unknown> }[];
      }
    ).entries;
    expect(entries.map((e) => e.action)).toEqual(['reference.load', 'ingest.commit', 'token.create', 'token.revoke']);
    expect(entries[1]).toMatchObject({
      target: `batch:${batch.batchId}`,
      actor: 'cli',
      details: { contentSha256: batch.contentSha256, kind: 'measurements', period: 2017 },
    });
    expect(entries[3]!.target).toBe(`token:${created.prefix}`);
    const future = await runCli(['audit', '--since', '2999-01-01'], config);
    expect(future.out.trim()).toBe('no audit entries');
    expect((await runCli(['audit', '--since', 'yesterday'], config)).code).toBe(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
