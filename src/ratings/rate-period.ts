/**
 * Rates one period: reads the stored measurements the methodology asks for (the only reader of the live
 * measurement table), runs the pure scoring core, stores the result as a self-contained draft run (input snapshot
 * with lineage, expanded methodology, build log, uncertainty spec, labels, catalogue version) and reports rank
 * changes against the previous published run (src/ratings/queries.ts). A run rated from any synthetic batch
 * is synthetic.
 */
import { compileSteps, runPipeline } from '../core/pipeline.js';
import { roundTo } from '../core/rank/round.js';
import type { Database } from '../db/connect.js';
import type { LoadedMethodology } from '../methodology/load.js';
import type { Catalogue } from '../reference/catalogue.js';
import { datasetHash } from '../methodology/hash.js';
import { catalogueVersion } from './catalogue-version.js';
import { loadPeriodSnapshot, presentCount } from './period-dataset.js';
import type { PreviousRun } from './queries.js';
import { type RankChange, rankChanges } from './rank-changes.js';
import { runLabels } from './run-labels.js';
import { storeRun } from './store-run.js';
import { nextVersion } from './publish.js';
import { anySyntheticBatch } from './synthetic-batches.js';
import { uncertaintyOf } from './uncertainty-of.js';

export interface RateOptions {
  readonly period: number;
  readonly methodology: LoadedMethodology;
  readonly catalogue: Catalogue;
  readonly actor: string;
  /** Marks the run synthetic even when none of its batches is (the demo says so for its own runs). */
  readonly synthetic?: boolean;
}

export interface RateSummary {
  readonly runId: number;
  /** The version the run would get if published now (versions are assigned at publication). */
  readonly versionOnPublication: number;
  readonly synthetic: boolean;
  readonly period: number;
  readonly methodology: { id: string; version: string; hash: string };
  readonly inputHash: string;
  readonly regions: number;
  readonly columns: number;
  readonly valuesPresent: number;
  /** Regions with a rank at the index, and regions without a score there (no data, or below the minimum data share). */
  readonly ranked: number;
  readonly withoutData: number;
  /** The run the changes compare with (the latest published run of an earlier period), null when none. */
  readonly previous: PreviousRun | null;
  /**
   * Every region's index rank and change, with its index score rounded as published (`score`) and as stored, unrounded
   * (`storedScore`, from which the terminal table shows the extra decimals that tell apart different places); null
   * without a score.
   */
  readonly ranking: readonly (RankChange & { readonly score: number | null; readonly storedScore: number | null })[];
}

export class NoDataError extends Error {
  override readonly name = 'NoDataError';
}

export async function ratePeriod(database: Database, options: RateOptions): Promise<RateSummary> {
  const { expanded, source, document, hash } = options.methodology;
  const leaves = expanded.tree.nodes.filter((n) => n.indicator !== undefined).map((n) => n.id);
  const { dataset, cells } = await loadPeriodSnapshot(database.db, options.period, leaves);
  const present = presentCount(dataset);
  if (present === 0)
    throw new NoDataError(`no measurements stored for period ${options.period} matching methodology "${expanded.id}"`);
  const result = runPipeline(dataset, compileSteps(expanded));
  const inputHash = datasetHash(dataset);
  const labels = nodeLabels(options.catalogue);
  // Nodes the catalogue does not name (the index, groups) take their Russian label from the document's `ru.labels`.
  for (const [id, ru] of Object.entries(source.ru?.labels ?? {})) {
    const node = expanded.tree.nodes.find((n) => n.id === id);
    if (node && !labels.has(id)) labels.set(id, { ru, en: node.label ?? id });
  }
  const synthetic =
    (options.synthetic ?? false) ||
    (await anySyntheticBatch(
      database.db,
      cells.map((c) => c.batchId),
    ));
  const { runId } = await storeRun(database, {
    period: options.period,
    methodology: { id: expanded.id, version: expanded.version, name: source.name, hash, document: source },
    inputHash,
    dataset,
    result,
    createdBy: options.actor,
    synthetic,
    kinds: {
      serviceIds: new Set(options.catalogue.services.map((s) => s.id)),
      stageIds: new Set(options.catalogue.stages.map((s) => s.id)),
    },
    labels,
    artifact: {
      cells,
      expandedMethodology: document,
      uncertaintySpec: uncertaintyOf(document, expanded.id, hash),
      labels: runLabels(document, leaves, options.catalogue),
      catalogueVersion: catalogueVersion(options.catalogue),
    },
  });
  const { previous, changes } = await rankChanges(database.db, runId);
  const versionOnPublication = await nextVersion(database.db, options.period, expanded.id);
  const scores = result.scores.get(expanded.tree.root);
  const storedScoreOf = new Map(dataset.units.map((unit, u) => [unit, Number.isNaN(scores[u]) ? null : scores[u]!]));
  const ranking = changes.map((change) => {
    const storedScore = storedScoreOf.get(change.region) ?? null;
    const score = storedScore === null ? null : roundTo(storedScore, expanded.rounding.decimals);
    return { ...change, score, storedScore };
  });
  const ranked = ranking.filter((r) => r.rank !== null).length;
  return {
    runId,
    versionOnPublication,
    synthetic,
    period: options.period,
    methodology: { id: expanded.id, version: expanded.version, hash },
    inputHash,
    regions: dataset.units.length,
    columns: leaves.length,
    valuesPresent: present,
    ranked,
    withoutData: dataset.units.length - ranked,
    previous,
    ranking,
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
