/** Regions of a publication (names, federal district, tile) read from the reference tables, ordered by code. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import type { RegionInfo } from '../model.js';

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
