/**
 * What the "build your own rating" page serves as JSON for one published run (and renders without JavaScript): the
 * rescore data (normalised values and the steps from `weights` on), the weightable services and stages with their
 * labels and official weights, the official aggregation, and every region's official place and score. Pure.
 */
import type { BuildResult } from '../../core/pipeline.js';
import { nodeWeights } from '../../core/build-state.js';
import { rescoreData, type RescoreData } from '../../core/explorer/rescore.js';
import type { WeightableNodes } from '../../core/explorer/weight-choice.js';
import type { AggregateParams } from '../../core/steps/aggregate-step.js';
import type { RankingEntry, RunSummary } from '../../ratings/queries.js';

export interface WeightableLabel {
  readonly id: string;
  readonly ru: string;
  readonly en: string;
  /** The official relative weight (a stage's: that of its first node). */
  readonly weight: number;
}

export interface OfficialPlace {
  readonly code: string;
  readonly ru: string;
  readonly en: string;
  readonly rank: number | null;
  readonly score: number | null;
}

export interface ExplorerPayload {
  readonly period: number;
  readonly runId: number;
  readonly methodology: { readonly id: string; readonly version: string };
  readonly rescore: RescoreData;
  readonly nodes: WeightableNodes;
  readonly services: readonly WeightableLabel[];
  readonly stages: readonly WeightableLabel[];
  /** The methodology's aggregation method (every node without its own). */
  readonly aggregation: string;
  /** Every region of the run, in the official order (unranked last). */
  readonly regions: readonly OfficialPlace[];
}

/** A node of the run as stored in rating_node. */
export interface RunNodeRow {
  readonly nodeId: string;
  readonly parentId: string | null;
  readonly kind: string;
  readonly labelRu: string;
  readonly labelEn: string;
}

/** The last part of a stage node's id (`marriage_registration.status` → `status`): stages of that name share a weight. */
export const stageKey = (nodeId: string): string => nodeId.split('.').pop() ?? nodeId;

export function explorerPayload(
  run: RunSummary,
  result: BuildResult,
  nodes: readonly RunNodeRow[],
  ranking: readonly RankingEntry[],
): ExplorerPayload {
  const tree = result.state.tree!;
  const weights = nodeWeights(result.state, tree);
  const weightOf = (id: string) => weights[tree.rowOf.get(id)!];
  const root = tree.ids[tree.rootRow];
  const inTreeOrder = (list: RunNodeRow[]) =>
    list.sort((a, b) => tree.rowOf.get(a.nodeId)! - tree.rowOf.get(b.nodeId)!);
  const services = inTreeOrder(
    nodes.filter((n) => n.kind === 'service' && n.parentId === root && tree.rowOf.has(n.nodeId)),
  );
  const stageNodes = inTreeOrder(nodes.filter((n) => n.kind === 'stage' && tree.rowOf.has(n.nodeId)));
  const stages = new Map<string, RunNodeRow[]>();
  for (const n of stageNodes) stages.set(stageKey(n.nodeId), [...(stages.get(stageKey(n.nodeId)) ?? []), n]);
  const aggregate = result.log.find((step) => step.step === 'aggregate')?.params as AggregateParams | undefined;
  return {
    period: run.period,
    runId: run.id,
    methodology: { id: run.methodology.id, version: run.methodology.version },
    rescore: rescoreData(result),
    nodes: {
      services: services.map((n) => n.nodeId),
      stages: Object.fromEntries([...stages].map(([key, list]) => [key, list.map((n) => n.nodeId)])),
    },
    services: services.map((n) => ({ id: n.nodeId, ru: n.labelRu, en: n.labelEn, weight: weightOf(n.nodeId) })),
    stages: [...stages].map(([key, [first]]) => ({
      id: key,
      ru: first.labelRu,
      en: first.labelEn,
      weight: weightOf(first.nodeId),
    })),
    aggregation: aggregate?.all?.method ?? aggregate?.default.method ?? 'arithmetic',
    regions: ranking.map((r) => ({ code: r.regionCode, ru: r.nameRu, en: r.nameEn, rank: r.rank, score: r.score })),
  };
}
