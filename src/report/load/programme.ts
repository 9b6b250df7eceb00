/**
 * Programme figures of a publication year: e-services adoption against the road-map target per region (from the
 * programme analytics' assessments, loadAdoptionAssessments) and documents issued through MFCs and mobile offices per municipality
 * (OKTMO code): counted in the application log (outcome "issued"), or summed from the aggregated channel volumes
 * when the log holds nothing for the year, as the programme analytics do. Only for published runs: a draft's
 * year may still be under embargo, so its publication carries neither (empty lists).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import { loadAdoptionAssessments } from '../../programme/load.js';
import { municipalityName } from '../../reference/municipalities.js';
import type { AdoptionRow, OfficeChannel, OfficeDocumentsRow } from '../model.js';

export async function loadAdoption(db: Kysely<DB>, year: number): Promise<AdoptionRow[]> {
  return (await loadAdoptionAssessments(db, year))
    .filter((a) => a.year === year)
    .map((a) => ({ regionCode: a.regionCode, actual: a.measuredShare, target: a.regional.targetShare ?? null }))
    .sort((a, b) => (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0));
}

interface OfficeRow {
  region_code: string;
  oktmo: string;
  channel: OfficeChannel;
  documents: number;
}

export async function loadOfficeDocuments(db: Kysely<DB>, year: number): Promise<OfficeDocumentsRow[]> {
  const fromLog = await sql<OfficeRow>`
    SELECT region_code, oktmo, channel, count(*)::int AS documents FROM application
    WHERE year = ${year} AND channel IN ('mfc', 'mobile_office') AND outcome = 'issued'
    GROUP BY region_code, oktmo, channel ORDER BY region_code, oktmo, channel`.execute(db);
  const rows =
    fromLog.rows.length > 0
      ? fromLog.rows
      : (
          await sql<OfficeRow>`
    SELECT region_code, oktmo, channel, sum(documents_issued)::int AS documents FROM channel_volume
    WHERE period = ${year} AND channel IN ('mfc', 'mobile_office')
    GROUP BY region_code, oktmo, channel ORDER BY region_code, oktmo, channel`.execute(db)
        ).rows;
  return rows.map((r) => ({
    regionCode: r.region_code,
    municipality: r.oktmo,
    municipalityName: municipalityName(r.oktmo),
    channel: r.channel,
    documents: Number(r.documents),
  }));
}
