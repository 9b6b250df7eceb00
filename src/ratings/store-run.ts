/**
 * Stores a computed rating as a draft run: the methodology document (once per hash), the run with its build log and
 * hashes, its artifact (input frame, expanded methodology, uncertainty spec, labels, catalogue version), every input
 * value with its batch and revision, the tree of nodes, and the result of every node × region (raw value for leaves,
 * score, rank, band, imputed/treated flags). One transaction: a run is stored whole or not at all. A draft has no
 * version: versions are assigned at publication (src/ratings/publish.ts).
 */
import type { Insertable, Transaction } from 'kysely';
import type { BuildResult } from '../core/pipeline.js';
import type { Dataset } from '../core/dataset.js';
import type { Database } from '../db/connect.js';
import { withSetBasedForeignKeys } from '../db/set-based-foreign-keys.js';
import type { DB, RatingInputTable, RatingNodeTable, RatingResultTable } from '../db/tables.js';
import { type KindContext, nodeKind } from './node-kinds.js';
import type { InputCell } from './period-dataset.js';
import type { RunLabels } from './run-labels.js';

export interface StoredMethodology {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly hash: string;
  readonly document: unknown;
}

export interface RunToStore {
  readonly period: number;
  readonly methodology: StoredMethodology;
  readonly inputHash: string;
  readonly dataset: Dataset;
  readonly result: BuildResult;
  readonly createdBy: string;
  readonly synthetic: boolean;
  readonly kinds: KindContext;
  readonly labels?: ReadonlyMap<string, { ru: string; en: string }>;
  /** The self-contained part: every input value with its lineage, and what the run was rated with. */
  readonly artifact: {
    readonly cells: readonly InputCell[];
    readonly expandedMethodology: unknown;
    readonly uncertaintySpec: unknown;
    readonly labels: RunLabels;
    readonly catalogueVersion: string;
  };
}

const CHUNK = 1000;
const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

export async function storeRun(database: Database, run: RunToStore): Promise<{ runId: number }> {
  return database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('methodology')
      .values({
        id: run.methodology.id,
        version: run.methodology.version,
        hash: run.methodology.hash,
        name: run.methodology.name,
        document: JSON.stringify(run.methodology.document),
      })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    const inserted = await trx
      .insertInto('rating_run')
      .values({
        period: run.period,
        methodology_id: run.methodology.id,
        methodology_version: run.methodology.version,
        methodology_hash: run.methodology.hash,
        input_hash: run.inputHash,
        build_log: JSON.stringify(run.result.log),
        version: null,
        synthetic: run.synthetic,
        created_by: run.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertArtifact(trx, inserted.id, run);
    // The input cells and results (tens of thousands of rows): on PGlite their foreign keys are checked once each.
    await withSetBasedForeignKeys(database, trx, 'rating_input', () => insertInputs(trx, inserted.id, run));
    await insertNodes(trx, inserted.id, run);
    await withSetBasedForeignKeys(database, trx, 'rating_result', () => insertResults(trx, inserted.id, run));
    return { runId: inserted.id };
  });
}

async function insertArtifact(trx: Transaction<DB>, runId: number, run: RunToStore): Promise<void> {
  const { dataset, artifact } = run;
  await trx
    .insertInto('rating_run_artifact')
    .values({
      run_id: runId,
      frame: JSON.stringify({ units: dataset.units, indicators: dataset.indicators, groups: dataset.groups ?? {} }),
      expanded_methodology: JSON.stringify(artifact.expandedMethodology),
      uncertainty_spec: artifact.uncertaintySpec === null ? null : JSON.stringify(artifact.uncertaintySpec),
      labels: JSON.stringify(artifact.labels),
      catalogue_version: artifact.catalogueVersion,
    })
    .execute();
}

async function insertInputs(trx: Transaction<DB>, runId: number, run: RunToStore): Promise<void> {
  const rows = run.artifact.cells.map((c): Insertable<RatingInputTable> => ({
    run_id: runId,
    node_id: c.column,
    region_code: c.regionCode,
    value: c.value,
    batch_id: c.batchId,
    revision_id: c.revisionId,
  }));
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto('rating_input')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

async function insertNodes(trx: Transaction<DB>, runId: number, run: RunToStore): Promise<void> {
  const weights = nodeWeights(run.result);
  const tree = run.result.state.tree!;
  const rows = tree.nodes.map((node, row): Insertable<RatingNodeTable> => {
    const isLeaf = tree.childStart[row] === tree.childStart[row + 1];
    const label = run.labels?.get(node.id);
    return {
      run_id: runId,
      node_id: node.id,
      parent_id: node.parent,
      level: node.level,
      kind: nodeKind(node, isLeaf, run.kinds),
      label_ru: label?.ru ?? node.label ?? '',
      label_en: label?.en ?? node.label ?? '',
      weight: weights[row],
      method: JSON.stringify(isLeaf ? (node.indicator ?? {}) : (node.aggregation ?? {})),
    };
  });
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto('rating_node')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** The weight stored for each node of the tree (row order): the weights step's, else the tree's own. */
export function nodeWeights(result: BuildResult): number[] {
  const tree = result.state.tree!;
  const weights = result.state.weights;
  return tree.nodes.map((node, row) => (weights ? weights[row] : node.weight));
}

async function insertResults(trx: Transaction<DB>, runId: number, run: RunToStore): Promise<void> {
  const rows = resultRows(runId, run.result);
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto('rating_result')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** The stored result of every node × region of a build (the one mapping; the replay compares with it). */
export function resultRows(runId: number, result: BuildResult): Insertable<RatingResultTable>[] {
  const { state, bands } = result;
  const tree = state.tree!;
  const n = state.units.length;
  const leafIndex = new Map<number, number>();
  tree.leafRows.forEach((row, k) => leafIndex.set(row, k));
  const bandByNode = new Map(bands.map((b) => [b.node, b]));
  const rows: Insertable<RatingResultTable>[] = [];
  for (let row = 0; row < tree.ids.length; row++) {
    const nodeId = tree.ids[row];
    const k = leafIndex.get(row);
    const band = bandByNode.get(nodeId);
    for (let u = 0; u < n; u++) {
      const cell = row * n + u;
      const leafCell = k === undefined ? -1 : k * n + u;
      rows.push({
        run_id: runId,
        node_id: nodeId,
        region_code: state.units[u],
        raw_value: leafCell >= 0 && state.raw ? finite(state.raw[leafCell]) : null,
        score: state.aggregated ? finite(state.aggregated[cell]) : null,
        rank: state.ranks ? finite(state.ranks[cell]) : null,
        band: band && band.band[u] >= 0 ? band.labels[band.band[u]] : null,
        imputed: leafCell >= 0 && state.imputedFlags ? state.imputedFlags[leafCell] === 1 : false,
        treated: leafCell >= 0 && state.treatment ? state.treatment[leafCell] !== 0 : false,
      });
    }
  }
  return rows;
}
