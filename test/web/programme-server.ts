/**
 * A web server over the hand-made programme dataset of test/programme/seed-programme.ts (Tula and Kaluga, 2024:
 * ten applications, adoption 60/66/70 against a road-map 72, spending 120 M and 40 M, published synthetic runs of
 * 2023 and 2024), plus a draft-only year 2025: a draft run scoring Tula DRAFT_SCORE, Tula's spending and adoption.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/connect.js';
import { createApp, type WebDeps } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { seedProgramme } from '../programme/seed-programme.js';

/** An unusual score that must never appear in any public response (the run holding it is a draft). */
export const DRAFT_SCORE = 93.21;
export const DRAFT_YEAR = 2025;

export interface ProgrammeServer {
  readonly url: string;
  readonly database: Database;
  readonly publishedRunId: number;
  readonly draftRunId: number;
  stop(): Promise<void>;
}

export async function startProgrammeServer(
  open: () => Promise<Database>,
  extra: Partial<WebDeps> = {},
): Promise<ProgrammeServer> {
  const database = await open();
  const db = database.db;
  const { runId: publishedRunId } = await seedProgramme(db);
  const batch = async (kind: 'targets' | 'spending', sha: string): Promise<string> =>
    (
      await db
        .insertInto('ingest_batch')
        .values({ kind, period: DRAFT_YEAR, content_sha256: sha.repeat(64), source_name: 'hand-made draft-year data' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await db
    .insertInto('adoption')
    .values({
      region_code: 'RU-TUL',
      year: DRAFT_YEAR,
      measured_share: 75,
      target_share: null,
      batch_id: await batch('targets', 'f'),
    })
    .execute();
  await db
    .insertInto('spending')
    .values({
      region_code: 'RU-TUL',
      year: DRAFT_YEAR,
      programme: 'SMEV',
      amount_rub: '77000000.00',
      batch_id: await batch('spending', '9'),
    })
    .execute();
  const { id: draftRunId } = await db
    .insertInto('rating_run')
    .values({
      period: DRAFT_YEAR,
      methodology_id: 'test-method',
      methodology_version: '1',
      methodology_hash: 'd'.repeat(64),
      input_hash: 'e'.repeat(64),
      build_log: '[]',
      status: 'draft',
      created_by: 'test',
      synthetic: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('rating_node')
    .values({ run_id: draftRunId, node_id: 'index', parent_id: null, level: 1, kind: 'index', weight: 1 })
    .execute();
  await db
    .insertInto('rating_result')
    .values([
      { run_id: draftRunId, node_id: 'index', region_code: 'RU-TUL', score: DRAFT_SCORE },
      { run_id: draftRunId, node_id: 'index', region_code: 'RU-KLU', score: 40 },
    ])
    .execute();
  const reportsDir = mkdtempSync(join(tmpdir(), 'egov-programme-'));
  const app = createApp({ database, config: { reportsDir }, log: () => undefined, ...extra });
  const server = await startServer(app, 0);
  return {
    url: server.url,
    database,
    publishedRunId,
    draftRunId,
    stop: async () => {
      await server.stop();
      await database.close();
      rmSync(reportsDir, { recursive: true, force: true });
    },
  };
}
