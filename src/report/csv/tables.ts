/**
 * The two published tables as header + rows, in the publication language, shared by the CSV and XLSX writers.
 *   ranking:    place, region code and name, federal district, score, band, previous place, places gained
 *               (previous − place: positive = moved up), score change (score − previous score), rank interval.
 *               Score and score change are rounded half away from zero to 2 decimals (the published precision;
 *               the tidy indicator table keeps full precision); a score that would then equal the score of a region
 *               with another place keeps as many more decimals as tell them apart (rankingScoreDecimals).
 *   indicators: tidy long table, one row per region × indicator leaf: raw and normalised value, imputed/treated
 *               flags as 1/0. Ordered as in the model (region, service, indicator).
 * A draft or synthetic run gets a last column saying so on every row ("DRAFT — …", "SYNTHETIC DEMO DATA"; src/report/marking.ts).
 */
import type { Lang, PublicationModel } from '../model.js';
import type { CsvCell } from './csv-text.js';
import { markNote } from '../marking.js';
import { roundTo } from '../../core/rank/round.js';
import { distinguishingDecimals } from '../../text/distinguishing-decimals.js';

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

const RANKING_HEADER = {
  en: [
    'place',
    'region_code',
    'region',
    'federal_district',
    'score',
    'band',
    'previous_place',
    'places_gained',
    'score_change',
    'rank_median',
    'rank_5pct',
    'rank_95pct',
  ],
  ru: [
    'место',
    'код_региона',
    'регион',
    'федеральный_округ',
    'балл',
    'группа',
    'место_в_прошлом_году',
    'изменение_места',
    'изменение_балла',
    'медианное_место',
    'место_5проц',
    'место_95проц',
  ],
};

const INDICATOR_HEADER = {
  en: [
    'period',
    'region_code',
    'region',
    'service_id',
    'service',
    'stage_id',
    'stage',
    'indicator_id',
    'indicator',
    'raw_value',
    'normalised_value',
    'imputed',
    'treated',
  ],
  ru: [
    'период',
    'код_региона',
    'регион',
    'код_услуги',
    'услуга',
    'код_этапа',
    'этап',
    'код_показателя',
    'показатель',
    'исходное_значение',
    'нормированное_значение',
    'восстановлено',
    'обработан_выброс',
  ],
};

const noteColumn = (lang: Lang) => (lang === 'ru' ? 'примечание' : 'note');

/**
 * x rounded to 2 decimals, half away from zero (as Excel's ROUND): round2(70.125) = 70.13, round2(-0.005) = -0.01.
 * A 1e-9 nudge on |x|·100 absorbs binary representation error (70.125 × 100 = 7012.4999…); -0 becomes 0.
 */
export function round2(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** The published precision of scores in the ranking table. */
export const RANKING_SCORE_DECIMALS = 2;

/**
 * Decimals of each ranking row's score: 2, or more where two regions with different places would show the same
 * score at 2 decimals (85.347 and 85.312 are not at issue; 85.3471 and 85.3468 are shown 85.347 and 85.347 → 4).
 */
export function rankingScoreDecimals(model: PublicationModel): number[] {
  return distinguishingDecimals(
    model.ranking.map((r) => ({ score: r.score, place: r.place })),
    RANKING_SCORE_DECIMALS,
  );
}

export function rankingTable(model: PublicationModel, lang: Lang): Table {
  const region = new Map(model.regions.map((r) => [r.code, r]));
  const decimals = rankingScoreDecimals(model);
  const band = new Map(model.bands.map((b) => [b.id, b.name[lang]]));
  const rows = model.ranking.map((r, i): CsvCell[] => [
    r.place,
    r.regionCode,
    region.get(r.regionCode)?.name[lang] ?? r.regionCode,
    region.get(r.regionCode)?.federalDistrict[lang] ?? null,
    decimals[i] === RANKING_SCORE_DECIMALS ? round2(r.score) : roundTo(r.score, decimals[i]!),
    r.bandId === null ? null : (band.get(r.bandId) ?? r.bandId),
    r.previous?.place ?? null,
    r.previous ? r.previous.place - r.place : null,
    r.previous ? round2(r.score - r.previous.score) : null,
    r.interval?.median ?? null,
    r.interval?.low ?? null,
    r.interval?.high ?? null,
  ]);
  return withNote(model, lang, RANKING_HEADER[lang], rows);
}

export function indicatorTable(model: PublicationModel, lang: Lang): Table {
  const region = new Map(model.regions.map((r) => [r.code, r.name[lang]]));
  const service = new Map(model.serviceScores.columns.map((c) => [c.id, c.name[lang]]));
  const stage = new Map(model.stageScores.columns.map((c) => [c.id, c.name[lang]]));
  const indicator = new Map(model.indicators.map((i) => [i.id, i.name[lang]]));
  const rows = model.values.map((v): CsvCell[] => [
    model.period,
    v.regionCode,
    region.get(v.regionCode) ?? v.regionCode,
    v.serviceId,
    v.serviceId === null ? null : (service.get(v.serviceId) ?? v.serviceId),
    v.stageId,
    stage.get(v.stageId) ?? v.stageId,
    v.indicatorId,
    indicator.get(v.indicatorId) ?? v.indicatorId,
    v.raw,
    v.normalised,
    v.imputed ? 1 : 0,
    v.treated ? 1 : 0,
  ]);
  return withNote(model, lang, INDICATOR_HEADER[lang], rows);
}

function withNote(model: PublicationModel, lang: Lang, header: readonly string[], rows: CsvCell[][]): Table {
  const note = markNote(model);
  if (note === null) return { header, rows };
  return { header: [...header, noteColumn(lang)], rows: rows.map((r) => [...r, note]) };
}
