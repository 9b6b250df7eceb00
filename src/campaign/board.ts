/**
 * The analysts' board of a campaign, read from the database: every region (filtered by federal district and status)
 * × the campaign's data kinds, with the status (board-status.ts), the values stored by the last accepted file, the
 * rejects of the latest file and its time; and whether the period's stored data is synthetic (any measurement of the
 * period from a synthetic ingest batch), for the marks of the board's export. The page and the XLSX export both use it,
 * so they cannot disagree.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { compareFederalDistricts } from '../reference/federal-district-order.js';
import { boardStatus, type BoardStatus } from './board-status.js';
import type { Campaign } from './campaign-store.js';

export interface BoardCell {
  readonly status: BoardStatus;
  readonly values: number;
  readonly rejects: number;
  /** ISO time of the latest submission, or null. */
  readonly last: string | null;
}
export interface BoardRow {
  readonly code: string;
  readonly name: string;
  readonly district: string;
  readonly cells: readonly BoardCell[];
}
export interface BoardFilter {
  readonly district: string;
  readonly status: string;
}
export interface Board {
  readonly rows: readonly BoardRow[];
  readonly districts: readonly { code: string; name: string }[];
  readonly synthetic: boolean;
}

export async function loadBoard(
  db: Kysely<DB>,
  campaign: Campaign,
  lang: 'ru' | 'en',
  filter: BoardFilter,
): Promise<Board> {
  const [regions, districts, submissions, synthetic] = await Promise.all([
    db.selectFrom('region').select(['code', 'name_ru', 'name_en', 'federal_district']).orderBy('code').execute(),
    db.selectFrom('federal_district').selectAll().execute(),
    db
      .selectFrom('campaign_submission')
      .select(['region_code', 'kind', 'status', 'correction', 'values_stored', 'rows_rejected', 'submitted_at'])
      .where('campaign_id', '=', campaign.id)
      .execute(),
    db
      .selectFrom('measurement')
      .innerJoin('ingest_batch', 'ingest_batch.id', 'measurement.batch_id')
      .select('measurement.period')
      .where('measurement.period', '=', campaign.period)
      .where('ingest_batch.synthetic', '=', true)
      .limit(1)
      .executeTakeFirst(),
  ]);
  const rows: BoardRow[] = regions
    .filter((r) => filter.district === '' || r.federal_district === filter.district)
    .map((r) => ({
      code: r.code,
      name: lang === 'ru' ? r.name_ru : r.name_en,
      district: r.federal_district,
      cells: campaign.kinds.map((kind) => {
        const mine = submissions
          .filter((s) => s.region_code === r.code && s.kind === kind)
          .map((s) => ({ ...s, submittedAt: new Date(s.submitted_at as unknown as string).toISOString() }))
          .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
        const latest = mine.at(-1);
        const lastAccepted = mine.filter((s) => s.status === 'accepted').at(-1);
        return {
          status: boardStatus(mine, campaign.deadline),
          values: lastAccepted?.values_stored ?? 0,
          rejects: latest?.rows_rejected ?? 0,
          last: latest?.submittedAt ?? null,
        };
      }),
    }))
    .filter((r) => filter.status === '' || r.cells.some((c) => c.status === (filter.status as BoardStatus)));
  return {
    rows,
    districts: districts
      .sort((a, b) => compareFederalDistricts(a.code, b.code))
      .map((d) => ({ code: d.code, name: lang === 'ru' ? d.name_ru : d.name_en })),
    synthetic: synthetic !== undefined,
  };
}
