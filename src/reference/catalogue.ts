/**
 * The reference catalogue shipped in data/reference: federal districts, the 85 regions, stages, services and
 * indicators, as typed domain objects. Pure data once loaded; `loadCatalogue()` reads the files.
 */
import { join } from 'node:path';
import { projectPath } from '../project-root.js';
import { readCsvTable } from './csv-table.js';

export const REFERENCE_DIR = `${projectPath('data', 'reference')}/`;

export const INDICATOR_KINDS = ['yes_partial_no', 'share', 'duration', 'count', 'rating'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface FederalDistrict {
  code: string;
  nameRu: string;
  nameEn: string;
}
export interface Region {
  code: string;
  isoCode: string | null;
  nameRu: string;
  shortNameRu: string;
  nameEn: string;
  federalDistrict: string;
  okato: string;
  oktmo: string;
  kladr: string;
  fias: string;
  timezone: string;
  population: number;
  tileRow: number;
  tileCol: number;
}
export interface Stage {
  id: string;
  ord: number;
  nameRu: string;
  nameEn: string;
  descriptionEn: string;
}
export interface Service {
  id: string;
  nameRu: string;
  nameEn: string;
  level: 'federal' | 'regional' | 'municipal';
  publiclyNamed: boolean;
  note: string;
}
export interface Indicator {
  id: string;
  stageId: string;
  nameRu: string;
  nameEn: string;
  kind: IndicatorKind;
  unit: string;
  direction: 1 | -1;
  min: number | null;
  max: number | null;
  source: 'monitoring' | 'event_log';
  scored: boolean;
  note: string;
}
export interface Catalogue {
  federalDistricts: FederalDistrict[];
  regions: Region[];
  stages: Stage[];
  services: Service[];
  indicators: Indicator[];
}

const optionalNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function loadCatalogue(dir: string = REFERENCE_DIR): Catalogue {
  const read = (name: string) => readCsvTable(join(dir, name));
  return {
    federalDistricts: read('federal-districts.csv').map((r) => ({
      code: r.code,
      nameRu: r.name_ru,
      nameEn: r.name_en,
    })),
    regions: read('regions.csv').map((r) => ({
      code: r.code,
      isoCode: r.iso_code || null,
      nameRu: r.name_ru,
      shortNameRu: r.short_name_ru,
      nameEn: r.name_en,
      federalDistrict: r.federal_district,
      okato: r.okato,
      oktmo: r.oktmo,
      kladr: r.kladr,
      fias: r.fias,
      timezone: r.timezone,
      population: Number(r.population),
      tileRow: Number(r.tile_row),
      tileCol: Number(r.tile_col),
    })),
    stages: read('stages.csv').map((r) => ({
      id: r.id,
      ord: Number(r.ord),
      nameRu: r.name_ru,
      nameEn: r.name_en,
      descriptionEn: r.description_en,
    })),
    services: read('services.csv').map((r) => ({
      id: r.id,
      nameRu: r.name_ru,
      nameEn: r.name_en,
      level: r.level as Service['level'],
      publiclyNamed: r.publicly_named === 'true',
      note: r.note,
    })),
    indicators: read('indicators.csv').map((r) => ({
      id: r.id,
      stageId: r.stage_id,
      nameRu: r.name_ru,
      nameEn: r.name_en,
      kind: r.kind as IndicatorKind,
      unit: r.unit,
      direction: Number(r.direction) as 1 | -1,
      min: optionalNumber(r.min),
      max: optionalNumber(r.max),
      source: r.source as Indicator['source'],
      scored: r.scored === 'true',
      note: r.note,
    })),
  };
}
