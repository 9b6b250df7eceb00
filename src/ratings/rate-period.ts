/**
 * Rates one period: reads the stored measurements the methodology asks for, runs the pure scoring core, stores the
 * result as a draft run (with the methodology hash, the input hash and the build log) and reports rank changes
 * against the previous period's published run.
 */
import { compileSteps, runPipeline } from '../core/pipeline.js';
import { roundTo } from '../core/rank/round.js';
import type { Database } from '../db/connect.js';
import type { LoadedMethodology } from '../methodology/load.js';
import type { Catalogue } from '../reference/catalogue.js';
import { datasetHash } from '../methodology/hash.js';
import { loadPeriodDataset, presentCount } from './period-dataset.js';
import { type RankChange, rankChanges } from './rank-changes.js';
import { storeRun } from './store-run.js';

export interface RateOptions {
  readonly period: number;
  readonly methodology: LoadedMethodology;
  readonly catalogue: Catalogue;
  readonly actor: string;
  readonly synthetic?: boolean;
}

export interface RateSummary {
  readonly runId: number;
  readonly version: number;
  readonly period: number;
  readonly methodology: { id: string; version: string; hash: string };
  readonly inputHash: string;
  readonly regions: number;
  readonly columns: number;
  readonly valuesPresent: number;
  /** Regions with a rank at the index, and regions without a score there (no data, or below the minimum data share). */
  readonly ranked: number;
  readonly withoutData: number;
  readonly previousRunId: number | null;
  /** Every region's index rank and change, with its index score (rounded as published; null without a score). */
  readonly ranking: readonly (RankChange & { readonly score: number | null })[];
}

export class NoDataError extends Error {
  override readonly name = 'NoDataError';
}

export async function ratePeriod(database: Database, options: RateOptions): Promise<RateSummary> {
  const { expanded, source, hash } = options.methodology;
  const leaves = expanded.tree.nodes.filter((n) => n.indicator !== undefined).map((n) => n.id);
  const dataset = await loadPeriodDataset(database.db, options.period, leaves);
  const present = presentCount(dataset);
  if (present === 0) throw new NoDataError(`no measurements stored for period ${options.period} matching methodology "${expanded.id}"`);
  const result = runPipeline(dataset, compileSteps(expanded));
  const inputHash = datasetHash(dataset);
  const labels = nodeLabels(options.catalogue);
  const { runId, version } = await storeRun(database.db, {
    period: options.period,
    methodology: { id: expanded.id, version: expanded.version, name: source.name, hash, document: source },
    inputHash, dataset, result, createdBy: options.actor, synthetic: options.synthetic ?? false,
    kinds: { serviceIds: new Set(options.catalogue.services.map((s) => s.id)), stageIds: new Set(options.catalogue.stages.map((s) => s.id)) },
    labels,
  });
  const { previousRunId, changes } = await rankChanges(database.db, runId);
  const scores = result.scores.get(expanded.tree.root);
  const scoreOf = new Map(dataset.units.map((unit, u) => [unit, Number.isNaN(scores[u]) ? null : roundTo(scores[u], expanded.rounding.decimals)]));
  const ranking = changes.map((change) => ({ ...change, score: scoreOf.get(change.region) ?? null }));
  const ranked = ranking.filter((r) => r.rank !== null).length;
  return {
    runId, version, period: options.period, methodology: { id: expanded.id, version: expanded.version, hash }, inputHash,
    regions: dataset.units.length, columns: leaves.length, valuesPresent: present, ranked, withoutData: dataset.units.length - ranked,
    previousRunId, ranking,
  };
}

/** Russian and English labels of service, stage and indicator nodes, from the catalogue (ids as the templates build them). */
function nodeLabels(c: Catalogue): Map<string, { ru: string; en: string }> {
  const labels = new Map<string, { ru: string; en: string }>();
  for (const s of c.services) {
    labels.set(s.id, { ru: s.nameRu, en: s.nameEn });
    for (const st of c.stages) labels.set(`${s.id}.${st.id}`, { ru: st.nameRu, en: st.nameEn });
    for (const i of c.indicators) labels.set(`${s.id}.${i.id}`, { ru: i.nameRu, en: i.nameEn });
  }
  return labels;
}
