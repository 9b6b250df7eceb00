/**
 * Loads the reference catalogue into the database. Idempotent: rows are upserted by their code, so running it
 * again changes nothing, and a corrected name in data/reference is applied. Audited as `reference.load` in the same
 * transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import type { Catalogue } from './catalogue.js';
import { recordAudit } from '../auth/audit.js';

export interface ReferenceCounts {
  federalDistricts: number;
  regions: number;
  stages: number;
  services: number;
  indicators: number;
}

export async function storeCatalogue(db: Kysely<DB>, c: Catalogue, actor = 'cli'): Promise<ReferenceCounts> {
  const counts: ReferenceCounts = {
    federalDistricts: c.federalDistricts.length,
    regions: c.regions.length,
    stages: c.stages.length,
    services: c.services.length,
    indicators: c.indicators.length,
  };
  await db.transaction().execute(async (trx) => {
    for (const d of c.federalDistricts) {
      const row = { code: d.code, name_ru: d.nameRu, name_en: d.nameEn };
      await trx
        .insertInto('federal_district')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const r of c.regions) {
      const row = {
        code: r.code,
        iso_code: r.isoCode,
        name_ru: r.nameRu,
        short_name_ru: r.shortNameRu,
        name_en: r.nameEn,
        federal_district: r.federalDistrict,
        okato: r.okato,
        oktmo: r.oktmo,
        kladr: r.kladr,
        fias: r.fias,
        timezone: r.timezone,
        population: r.population,
        tile_row: r.tileRow,
        tile_col: r.tileCol,
      };
      await trx
        .insertInto('region')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const s of c.stages) {
      const row = { id: s.id, ord: s.ord, name_ru: s.nameRu, name_en: s.nameEn, description_en: s.descriptionEn };
      await trx
        .insertInto('stage')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    }
    for (const s of c.services) {
      const row = {
        id: s.id,
        name_ru: s.nameRu,
        name_en: s.nameEn,
        level: s.level,
        publicly_named: s.publiclyNamed,
        note: s.note,
      };
      await trx
        .insertInto('service')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    }
    for (const i of c.indicators) {
      const row = {
        id: i.id,
        stage_id: i.stageId,
        name_ru: i.nameRu,
        name_en: i.nameEn,
        kind: i.kind,
        unit: i.unit,
        direction: i.direction,
        min_value: i.min,
        max_value: i.max,
        source: i.source,
        scored: i.scored,
        note: i.note,
      };
      await trx
        .insertInto('indicator')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    }
    await recordAudit(trx, {
      actor,
      role: 'operator',
      action: 'reference.load',
      target: 'reference',
      details: { ...counts },
    });
  });
  return counts;
}
