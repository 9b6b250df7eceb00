/**
 * The catalogue as the ingest sees it, read from the database it writes to (so every accepted code satisfies the
 * foreign keys), or from the reference files for readers without a database (`catalogueIndexOf`): regions through `RegionResolver`, services and indicators by id or by their Russian name, or a unique
 * beginning of it of 8 letters or more (names compared after NFC, any case, ё = е).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import type { Catalogue, IndicatorKind } from '../../reference/catalogue.js';
import { RegionResolver } from './region-resolver.js';

type RegionNames = ConstructorParameters<typeof RegionResolver>[0][number];

export interface IndicatorRule {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly min: number | null;
  readonly max: number | null;
  readonly source: 'monitoring' | 'event_log';
}

export interface CatalogueIndex {
  readonly regions: RegionResolver;
  service(text: string): string | null;
  indicator(text: string): IndicatorRule | null;
  readonly indicatorIds: ReadonlySet<string>;
}

const key = (text: string) =>
  text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ');
const MIN_PREFIX = 8;

/** Exact id or Russian name, else a unique beginning of one Russian name ("Полнота информации"), at least 8 letters. */
function lookup<T>(byKey: ReadonlyMap<string, T>, names: readonly (readonly [string, T])[], text: string): T | null {
  const k = key(text);
  const exact = byKey.get(k);
  if (exact !== undefined) return exact;
  if (k.length < MIN_PREFIX) return null;
  const found = new Set(names.filter(([name]) => name.startsWith(k)).map(([, value]) => value));
  return found.size === 1 ? [...found][0] : null;
}

export async function loadCatalogueIndex(db: Kysely<DB>): Promise<CatalogueIndex> {
  const [regions, services, indicators] = await Promise.all([
    db
      .selectFrom('region')
      .select(['code', 'iso_code', 'name_ru', 'short_name_ru', 'name_en', 'okato', 'oktmo'])
      .execute(),
    db.selectFrom('service').select(['id', 'name_ru']).execute(),
    db.selectFrom('indicator').select(['id', 'name_ru', 'kind', 'min_value', 'max_value', 'source']).execute(),
  ]);
  if (regions.length === 0) throw new Error('the reference catalogue is not loaded: run "egov reference load" first');
  return buildCatalogueIndex(
    regions.map((r) => ({
      code: r.code,
      isoCode: r.iso_code,
      nameRu: r.name_ru,
      shortNameRu: r.short_name_ru,
      nameEn: r.name_en,
      okato: r.okato,
      oktmo: r.oktmo,
    })),
    services.map((s) => ({ id: s.id, nameRu: s.name_ru })),
    indicators.map((i) => ({
      id: i.id,
      nameRu: i.name_ru,
      kind: i.kind,
      min: i.min_value,
      max: i.max_value,
      source: i.source,
    })),
  );
}

/** The same index from the reference files (data/reference), for readers that run without a database (egov score). */
export function catalogueIndexOf(catalogue: Catalogue): CatalogueIndex {
  return buildCatalogueIndex(catalogue.regions, catalogue.services, catalogue.indicators);
}

function buildCatalogueIndex(
  regions: readonly RegionNames[],
  services: readonly { id: string; nameRu: string }[],
  indicators: readonly (IndicatorRule & { nameRu: string })[],
): CatalogueIndex {
  const serviceByKey = new Map<string, string>();
  for (const s of services) {
    serviceByKey.set(key(s.id), s.id);
    serviceByKey.set(key(s.nameRu), s.id);
  }
  const indicatorByKey = new Map<string, IndicatorRule>();
  for (const i of indicators) {
    const rule: IndicatorRule = { id: i.id, kind: i.kind, min: i.min, max: i.max, source: i.source };
    indicatorByKey.set(key(i.id), rule);
    indicatorByKey.set(key(i.nameRu), rule);
  }
  // The names for prefix matching, keyed once (not on every lookup: a file asks once per cell).
  const serviceNames = services.map((s) => [key(s.nameRu), s.id] as const);
  const indicatorNames = indicators.map((i) => [key(i.nameRu), indicatorByKey.get(key(i.id))!] as const);
  return {
    regions: new RegionResolver(
      regions.map((r) => ({
        code: r.code,
        isoCode: r.isoCode,
        nameRu: r.nameRu,
        shortNameRu: r.shortNameRu,
        nameEn: r.nameEn,
        okato: r.okato,
        oktmo: r.oktmo,
      })),
    ),
    service: (text) => lookup(serviceByKey, serviceNames, text),
    indicator: (text) => lookup(indicatorByKey, indicatorNames, text),
    indicatorIds: new Set(indicators.map((i) => i.id)),
  };
}
