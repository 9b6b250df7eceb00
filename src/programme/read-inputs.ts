/**
 * Repository reads for the programme analytics: regions (district, population), adoption rows, programme
 * spending and application counts. Each takes `db` first and maps rows to the core's domain shapes.
 */
import { sql, type Kysely } from 'kysely';
import type { AdoptionObservation, ProgrammeAmount } from '../core/programme/index.js';
import type { DB } from '../db/tables.js';

export interface ProgrammeRegion {
  readonly code: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly federalDistrict: string;
  readonly population: number;
}

export async function readRegions(db: Kysely<DB>): Promise<ProgrammeRegion[]> {
  const rows = await db
    .selectFrom('region')
    .select(['code', 'name_ru', 'name_en', 'federal_district', 'population'])
    .orderBy('code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    nameRu: r.name_ru,
    nameEn: r.name_en,
    federalDistrict: r.federal_district,
    population: Number(r.population),
  }));
}

export interface ProgrammeService {
  readonly id: string;
  readonly nameRu: string;
  readonly nameEn: string;
}

export async function readServices(db: Kysely<DB>): Promise<ProgrammeService[]> {
  const rows = await db.selectFrom('service').select(['id', 'name_ru', 'name_en']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, nameRu: r.name_ru, nameEn: r.name_en }));
}

/** Every adoption row (all years: later target rows are milestones for earlier years). */
export async function readAdoption(db: Kysely<DB>): Promise<AdoptionObservation[]> {
  const rows = await db
    .selectFrom('adoption')
    .select(['region_code', 'year', 'measured_share', 'target_share'])
    .orderBy('region_code')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    regionCode: r.region_code,
    year: r.year,
    measuredShare: r.measured_share,
    targetShare: r.target_share,
  }));
}

/** Spending of the year per region and programme; numeric amounts arrive as strings and become numbers of roubles. */
export async function readSpending(db: Kysely<DB>, year: number): Promise<Map<string, ProgrammeAmount[]>> {
  const rows = await db
    .selectFrom('spending')
    .select(['region_code', 'programme', 'amount_rub'])
    .where('year', '=', year)
    .execute();
  const byRegion = new Map<string, ProgrammeAmount[]>();
  for (const r of rows) {
    const list = byRegion.get(r.region_code) ?? [];
    list.push({ programme: r.programme, amountRub: Number(r.amount_rub) });
    byRegion.set(r.region_code, list);
  }
  return byRegion;
}

export interface ApplicationCounts {
  readonly applications: number;
  readonly eApplications: number;
}

export const APPLICATION_COUNT_SOURCES = ['application_log', 'channel_volume', 'none'] as const;
export type ApplicationCountSource = (typeof APPLICATION_COUNT_SOURCES)[number];

/**
 * Applications of the year per region (all channels, and e-applications = channel 'portal'), from the event
 * log; when the log holds nothing for the year, from the aggregated `channel_volume` table instead.
 */
export async function readApplicationCounts(
  db: Kysely<DB>,
  year: number,
): Promise<{ source: ApplicationCountSource; counts: Map<string, ApplicationCounts> }> {
  const fromLog = await sql<{ region_code: string; applications: number; e_applications: number }>`
    SELECT region_code, count(*)::int AS applications, (count(*) FILTER (WHERE channel = 'portal'))::int AS e_applications
    FROM application WHERE year = ${year} GROUP BY region_code`.execute(db);
  if (fromLog.rows.length > 0) return { source: 'application_log', counts: toMap(fromLog.rows) };
  const fromVolumes = await sql<{ region_code: string; applications: number; e_applications: number }>`
    SELECT region_code, sum(applications)::int AS applications,
      coalesce(sum(applications) FILTER (WHERE channel = 'portal'), 0)::int AS e_applications
    FROM channel_volume WHERE period = ${year} GROUP BY region_code`.execute(db);
  return { source: fromVolumes.rows.length > 0 ? 'channel_volume' : 'none', counts: toMap(fromVolumes.rows) };
}

function toMap(
  rows: readonly { region_code: string; applications: number; e_applications: number }[],
): Map<string, ApplicationCounts> {
  return new Map(rows.map((r) => [r.region_code, { applications: r.applications, eApplications: r.e_applications }]));
}
