/**
 * The programme figures of a run's publication, stored with the run when it is published (migration 0012): each
 * region's e-services adoption against its road-map target, and the documents issued through MFCs and mobile
 * offices per municipality. Exports read them from the run, so a later change of the adoption data or the
 * application log changes nothing in a published export. A draft has none (its year may be under embargo); a run
 * published before migration 0012 has none stored, and its export reads the live tables (docs/runs.md).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { loadAdoption, loadOfficeDocuments } from '../report/load/programme.js';
import type { AdoptionRow, OfficeDocumentsRow } from '../report/model.js';

export interface ProgrammeFigures {
  readonly adoption: readonly AdoptionRow[];
  readonly offices: readonly OfficeDocumentsRow[];
}

/** Reads the live programme tables for the run's period and stores the figures with the run (inside `db`'s transaction). */
export async function storeProgrammeFigures(db: Kysely<DB>, runId: number, period: number): Promise<ProgrammeFigures> {
  const figures: ProgrammeFigures = {
    adoption: await loadAdoption(db, period),
    offices: await loadOfficeDocuments(db, period),
  };
  await db
    .updateTable('rating_run_artifact')
    .set({ programme_figures: JSON.stringify(figures) })
    .where('run_id', '=', runId)
    .execute();
  return figures;
}

/** The figures stored with the run, or null when none are (a draft, or published before migration 0012). */
export async function readProgrammeFigures(db: Kysely<DB>, runId: number): Promise<ProgrammeFigures | null> {
  const row = await db
    .selectFrom('rating_run_artifact')
    .select('programme_figures')
    .where('run_id', '=', runId)
    .executeTakeFirst();
  const stored = row?.programme_figures;
  if (stored === null || stored === undefined) return null;
  return (typeof stored === 'string' ? JSON.parse(stored) : stored) as ProgrammeFigures;
}
