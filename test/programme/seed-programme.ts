/**
 * Test helper: a small programme dataset on top of the hand-made application log (2024), all hand-made:
 * adoption for Tula (60, 66, then 70 against a road-map target of 72 in 2024) and Kaluga (50 in 2024, no
 * road map); spending 2024: Tula 120 M roubles (two programmes), Kaluga 40 M; published synthetic rating
 * runs for 2024 (Tula 60, Kaluga 50) and 2023 (Tula 55, Kaluga 52) of one methodology.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/tables.js';
import { TINY_LOG } from '../core/programme/channels/tiny-log.js';
import { insertApplications } from './insert-tiny-log.js';

export async function seedProgramme(db: Kysely<DB>): Promise<{ runId: number }> {
  await insertApplications(db, TINY_LOG, 2024);
  const batch = async (kind: 'targets' | 'spending', sha: string): Promise<string> =>
    (
      await db
        .insertInto('ingest_batch')
        .values({ kind, period: 2024, content_sha256: sha.repeat(64), source_name: 'hand-made test data' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const targets = await batch('targets', 'a');
  await db
    .insertInto('adoption')
    .values([
      { region_code: 'RU-TUL', year: 2022, measured_share: 60, target_share: null, batch_id: targets },
      { region_code: 'RU-TUL', year: 2023, measured_share: 66, target_share: null, batch_id: targets },
      { region_code: 'RU-TUL', year: 2024, measured_share: 70, target_share: 72, batch_id: targets },
      { region_code: 'RU-KLU', year: 2024, measured_share: 50, target_share: null, batch_id: targets },
    ])
    .execute();
  const spending = await batch('spending', 'b');
  await db
    .insertInto('spending')
    .values([
      { region_code: 'RU-TUL', year: 2024, programme: 'SMEV', amount_rub: '90000000.00', batch_id: spending },
      { region_code: 'RU-TUL', year: 2024, programme: 'MFC automation', amount_rub: '30000000.00', batch_id: spending },
      { region_code: 'RU-KLU', year: 2024, programme: 'SMEV', amount_rub: '40000000.00', batch_id: spending },
    ])
    .execute();
  await db
    .insertInto('methodology')
    .values({ id: 'test-method', version: '1', hash: 'd'.repeat(64), name: 'test', document: '{}' })
    .execute();
  const run = async (period: number, scores: Record<string, number>): Promise<number> => {
    const { id } = await db
      .insertInto('rating_run')
      .values({
        period,
        methodology_id: 'test-method',
        methodology_version: '1',
        methodology_hash: 'd'.repeat(64),
        input_hash: 'e'.repeat(64),
        build_log: '[]',
        status: 'published',
        headline: true,
        version: 1,
        published_at: new Date(`${period}-12-01T00:00:00Z`),
        created_by: 'test',
        synthetic: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('rating_node')
      .values({ run_id: id, node_id: 'index', parent_id: null, level: 1, kind: 'index', weight: 1 })
      .execute();
    await db
      .insertInto('rating_result')
      .values(
        Object.entries(scores).map(([region_code, score]) => ({ run_id: id, node_id: 'index', region_code, score })),
      )
      .execute();
    return id;
  };
  await run(2023, { 'RU-TUL': 55, 'RU-KLU': 52 });
  return { runId: await run(2024, { 'RU-TUL': 60, 'RU-KLU': 50 }) };
}
