/**
 * Seeds rating runs directly as rows (the rating use case is others' work): one methodology, and runs whose root
 * "index" has two service children. Region i (0-based, in code order) of a run with `offset` k gets root score
 * 90 − 0.5·i − k and rank i + 1, so the ranking is known by construction; the services score root ± 5.
 */
import type { Kysely } from 'kysely';
import type { DB, RunStatus } from '../../src/db/tables.js';
import { nextVersion } from '../../src/ratings/publish.js';

export const METHODOLOGY_HASH = 'a'.repeat(64);
const INPUT_HASH = 'b'.repeat(64);

export async function seedMethodology(db: Kysely<DB>): Promise<void> {
  await db
    .insertInto('methodology')
    .values({
      id: 'test-method',
      version: '1.0',
      hash: METHODOLOGY_HASH,
      name: 'Test methodology',
      document: JSON.stringify({ id: 'test-method' }),
    })
    .execute();
}

export interface SeedRun {
  readonly period: number;
  readonly status: RunStatus;
  readonly synthetic?: boolean;
  /** Shifts every score down by this amount (to tell runs apart). */
  readonly offset?: number;
}

export function expectedRootScore(regionIndex: number, offset = 0): number {
  return 90 - 0.5 * regionIndex - offset;
}

export async function seedRun(db: Kysely<DB>, spec: SeedRun): Promise<number> {
  const published = spec.status !== 'draft';
  const run = await db
    .insertInto('rating_run')
    .values({
      period: spec.period,
      methodology_id: 'test-method',
      methodology_version: '1.0',
      methodology_hash: METHODOLOGY_HASH,
      input_hash: INPUT_HASH,
      build_log: JSON.stringify([{ id: 'norm', step: 'normalise', params: { method: 'min-max' } }]),
      status: spec.status,
      // one published run per period in these fixtures: it is the headline methodology of its period
      headline: spec.status === 'published',
      synthetic: spec.synthetic ?? false,
      created_by: 'fixture',
      version: published ? await nextVersion(db, spec.period, 'test-method') : null,
      published_at: published ? '2025-01-15T10:00:00Z' : null,
      published_by: published ? 'fixture' : null,
      withdrawn_at: spec.status === 'withdrawn' ? '2025-02-01T10:00:00Z' : null,
      withdrawn_reason: spec.status === 'withdrawn' ? 'fixture' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nodes = [
    {
      node_id: 'index',
      parent_id: null,
      level: 1,
      kind: 'index' as const,
      label_ru: 'Индекс',
      label_en: 'Index',
      weight: 1,
    },
    {
      node_id: 'svc_a',
      parent_id: 'index',
      level: 2,
      kind: 'service' as const,
      label_ru: 'Услуга А',
      label_en: 'Service A',
      weight: 0.5,
    },
    {
      node_id: 'svc_b',
      parent_id: 'index',
      level: 2,
      kind: 'service' as const,
      label_ru: 'Услуга Б',
      label_en: 'Service B',
      weight: 0.5,
    },
  ];
  await db
    .insertInto('rating_node')
    .values(nodes.map((n) => ({ ...n, run_id: run.id })))
    .execute();
  const regions = await db.selectFrom('region').select('code').orderBy('code').execute();
  const rows = regions.flatMap((region, i) => {
    const score = expectedRootScore(i, spec.offset);
    return [
      { node_id: 'index', score, rank: i + 1, band: score >= 70 ? 'high' : 'middle' },
      { node_id: 'svc_a', score: score + 5, rank: i + 1, band: null },
      { node_id: 'svc_b', score: score - 5, rank: i + 1, band: null },
    ].map((r) => ({ ...r, run_id: run.id, region_code: region.code, raw_value: r.score }));
  });
  await db.insertInto('rating_result').values(rows).execute();
  return run.id;
}

export async function regionCodes(db: Kysely<DB>): Promise<string[]> {
  return (await db.selectFrom('region').select('code').orderBy('code').execute()).map((r) => r.code);
}
