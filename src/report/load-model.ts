/**
 * Loads the PublicationModel of a stored rating run: its ranking (places, previous-year change, rank intervals),
 * the service and stage matrices and the tidy indicator values from rating_result, the methodology tree with
 * effective weights, the robustness analysis, per-region explanations (with gap closers from a replay of the build
 * log on the input snapshot stored with the run), adoption and MFC/mobile-office documents (published runs only)
 * and the synthetic flag. Names of indicators, bands and regions (with districts and tiles) and the stage order come
 * from the labels stored with the run, adoption and office documents from the figures stored when it was published
 * (src/ratings/programme-figures.ts): nothing here reads the live measurement, reference or programme tables, so a
 * correction of the data after publication changes no published export. (Runs rated or published before those
 * were stored fall back to the live tables: docs/runs.md.)
 *
 * @throws RunNotFoundError when the run does not exist or has no root result.
 */
import type { Kysely } from 'kysely';
import { SYNTHETIC_DATA_LICENCE } from '../demo/data-licence.js';
import { documentTexts } from '../methodology/document-texts.js';
import type { DB } from '../db/tables.js';
import { RunNotFoundError } from '../ratings/run-errors.js';
import { readRunInputs } from '../ratings/run-inputs.js';
import type { IndicatorLabel } from '../ratings/run-labels.js';
import { getRanking, getRun, rootNodeId } from '../ratings/queries.js';
import { bandsOf } from './load/bands.js';
import { explainRegions, type LeafInfo } from './load/explanations.js';
import { dimensionsOf, loadNodes, methodologyTree } from './load/nodes.js';
import { loadAdoption, loadOfficeDocuments } from './load/programme.js';
import { loadRegions, regionsOfRun } from './load/regions.js';
import { readProgrammeFigures } from '../ratings/programme-figures.js';
import { replayClosers } from './load/replay-closers.js';
import { indicatorValues, loadResults, scoreMatrix } from './load/results.js';
import { loadRobustness } from './load/robustness.js';
import { softwareVersion } from './load/software-version.js';
import type { IndicatorInfo, Lang, PublicationModel, RankingRow, RealNationalValue } from './model.js';
import { nationalEServicesUse } from '../reference/national-series.js';

export interface LoadModelOptions {
  /** Accepted for symmetry with the writers; the model always carries both languages. */
  readonly lang?: Lang;
}

export async function loadPublicationModel(
  db: Kysely<DB>,
  runId: number,
  _options: LoadModelOptions = {},
): Promise<PublicationModel> {
  const run = await getRun(db, runId);
  const root = run ? await rootNodeId(db, runId) : null;
  if (!run || !root) throw new RunNotFoundError(`no rating run ${runId}`);
  const stored = await db
    .selectFrom('methodology')
    .select(['document', 'name'])
    .where('hash', '=', run.methodology.hash)
    .executeTakeFirstOrThrow();
  const inputs = await readRunInputs(db, runId);
  const [regions, nodes, results, entries, stageRows] = await Promise.all([
    inputs.labels.regions ? regionsOfRun(inputs.labels.regions) : loadRegions(db),
    loadNodes(db, runId),
    loadResults(db, runId),
    getRanking(db, run),
    inputs.labels.stages ?? db.selectFrom('stage').select(['id', 'ord']).execute(),
  ]);
  const ranking: RankingRow[] = entries
    .filter((e) => e.rank !== null && e.score !== null)
    .map((e) => ({
      place: e.rank!,
      regionCode: e.regionCode,
      score: e.score!,
      bandId: e.band,
      previous:
        e.change?.previousRank != null && e.change.scoreDelta !== null
          ? { place: e.change.previousRank, score: e.score! - e.change.scoreDelta }
          : null,
      interval: e.interval ? { median: e.interval.median, low: e.interval.q05, high: e.interval.q95 } : null,
    }));
  const codes = regions.map((r) => r.code);
  const stageOrder = new Map(stageRows.map((s) => [s.id, s.ord]));
  const serviceScores = scoreMatrix(results, nodes, 'service', codes, dimensionsOf(nodes, 'service', stageOrder));
  const stageScores = scoreMatrix(results, nodes, 'stage', codes, dimensionsOf(nodes, 'stage', stageOrder));
  const values = indicatorValues(results, nodes);
  const leaves = new Map<string, LeafInfo>();
  for (const v of values) leaves.set(v.serviceId ? `${v.serviceId}.${v.indicatorId}` : v.indicatorId, v);
  const targets = new Map<string, number>();
  ranking.forEach((r) => {
    const next = ranking.filter((o) => o.place < r.place).at(-1);
    if (next) targets.set(r.regionCode, next.score);
  });
  const closers = replayClosers(inputs, root, targets);
  const districtOf = new Map(regions.map((r) => [r.code, r.federalDistrict.en]));
  const published = run.status === 'published';
  const figures = published ? await readProgrammeFigures(db, runId) : null;
  return {
    period: run.period,
    run: {
      id: run.id,
      version: run.version,
      status: run.status,
      headline: run.headline,
      methodologyId: run.methodology.id,
      methodologyVersion: run.methodology.version,
      methodologyHash: run.methodology.hash,
      inputHash: inputs.inputHash,
      computedAt: run.createdAt,
    },
    softwareVersion: softwareVersion(),
    synthetic: run.synthetic,
    source: sourceOf(stored.document, stored.name, run.synthetic),
    regions,
    bands: bandsOf(stored.document, root, inputs.labels.bands, ranking),
    ranking,
    previousPeriod: entries.find((e) => e.change !== null)?.change?.previousPeriod ?? null,
    stageScores,
    serviceScores,
    indicators: indicatorInfo(
      inputs.labels.indicators,
      values.map((v) => v.indicatorId),
    ),
    values,
    methodology: methodologyTree(nodes, defaultAggregation(stored.document)),
    robustness: await loadRobustness(db, runId),
    explanations: explainRegions(ranking, districtOf, stageScores, serviceScores, closers, leaves),
    adoption: published ? (figures?.adoption ?? (await loadAdoption(db, run.period))) : [],
    realNationalAdoption: realNationalValue(run.period),
    offices: published ? (figures?.offices ?? (await loadOfficeDocuments(db, run.period))) : [],
  };
}

/** The indicators used, with the names, unit, stage and direction stored with the run, ordered by id. */
function indicatorInfo(labels: readonly IndicatorLabel[], ids: readonly string[]): IndicatorInfo[] {
  const wanted = new Set(ids);
  return labels
    .filter((l) => wanted.has(l.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((l) => ({
      id: l.id,
      name: { ru: l.nameRu, en: l.nameEn },
      unit: l.unit,
      stageId: l.stageId,
      direction: l.direction < 0 ? -1 : 1,
    }));
}

/** The methodology's default aggregation method (e.g. "arithmetic"), for nodes without their own. */
function defaultAggregation(document: unknown): string {
  const method = (document as { aggregation?: { method?: unknown } } | null)?.aggregation?.method;
  return typeof method === 'string' ? method : '';
}

/**
 * The data source line in both languages: the methodology's own source text (its `ru` text in Russian: schema.ts),
 * else its name; the synthetic demo says so. The licence is an identifier, the same in both languages: the synthetic
 * data's own, or '' when the document states none (the outputs then say it is not stated: licence-text.ts).
 */
function sourceOf(document: unknown, name: string, synthetic: boolean): PublicationModel['source'] {
  const described = (lang: 'ru' | 'en') => {
    const texts = documentTexts(document, name, lang);
    return texts.source || texts.name;
  };
  return synthetic
    ? {
        name: {
          ru: `Синтетические демонстрационные данные egov-monitor; методика: ${described('ru')}`,
          en: `egov-monitor synthetic demo data; methodology: ${described('en')}`,
        },
        licence: SYNTHETIC_DATA_LICENCE,
        url: null,
      }
    : { name: { ru: described('ru'), en: described('en') }, licence: '', url: null };
}

/** Rosstat's real national value of e-services use for the period (see model.realNationalAdoption). */
function realNationalValue(period: number): RealNationalValue | null {
  const series = nationalEServicesUse();
  const point = series.points.find((p) => p.year === period);
  return point
    ? { indicatorCode: series.indicatorCode, year: point.year, value: point.value, source: series.source }
    : null;
}
