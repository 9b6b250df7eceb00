/**
 * Regions of a publication (names, federal district, tile), ordered by code: those stored with the run
 * (rating_run_artifact.labels.regions), or, for a run rated before they were stored, the live reference tables.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import type { RegionLabel } from '../../ratings/run-labels.js';
import type { RegionInfo } from '../model.js';

export function regionsOfRun(labels: readonly RegionLabel[]): RegionInfo[] {
  return [...labels]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => ({
      code: r.code,
      name: { ru: r.nameRu, en: r.nameEn },
      federalDistrict: { ru: r.districtRu, en: r.districtEn },
      tile: r.tileRow > 0 && r.tileCol > 0 ? { row: r.tileRow, col: r.tileCol } : null,
    }));
}

export async function loadRegions(db: Kysely<DB>): Promise<RegionInfo[]> {
  const rows = await db
    .selectFrom('region as r')
    .innerJoin('federal_district as d', 'd.code', 'r.federal_district')
    .select([
      'r.code',
      'r.name_ru',
      'r.name_en',
      'd.name_ru as district_ru',
      'd.name_en as district_en',
      'r.tile_row',
      'r.tile_col',
    ])
    .orderBy('r.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: { ru: r.name_ru, en: r.name_en },
    federalDistrict: { ru: r.district_ru, en: r.district_en },
    tile: r.tile_row > 0 && r.tile_col > 0 ? { row: r.tile_row, col: r.tile_col } : null,
  }));
}
