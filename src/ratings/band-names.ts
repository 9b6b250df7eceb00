/**
 * The names of a run's index bands in both languages, from the labels the run stored with itself
 * (rating_run_artifact.labels, src/ratings/run-labels.ts): band id (as stored in rating_result.band) → { ru, en }.
 * Pages show a band in the page's language with it; a run without stored labels gives an empty map (the id is shown).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { rootNodeId } from './queries.js';
import type { BandLabel } from './run-labels.js';

export type BandNames = ReadonlyMap<string, { readonly ru: string; readonly en: string }>;

export async function runBandNames(db: Kysely<DB>, runId: number): Promise<BandNames> {
  const [root, artifact] = await Promise.all([
    rootNodeId(db, runId),
    db.selectFrom('rating_run_artifact').select('labels').where('run_id', '=', runId).executeTakeFirst(),
  ]);
  const raw = artifact?.labels;
  const labels = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { bands?: BandLabel[] } | null | undefined;
  return new Map(
    (labels?.bands ?? []).filter((b) => b.node === root).map((b) => [b.label, { ru: b.ru, en: b.en }] as const),
  );
}

/** A band's name in `lang`, or its id when the run stored no name for it; null stays null. */
export function bandName(names: BandNames, id: string | null, lang: 'ru' | 'en'): string | null {
  if (id === null) return null;
  return names.get(id)?.[lang] ?? id;
}
