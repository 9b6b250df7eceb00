/**
 * Stores a computed rating as a draft run: the methodology document (once per hash), the run with its build log and
 * hashes, the tree of nodes, and the result of every node × region (raw value for leaves, score, rank, band,
 * imputed/treated flags). One transaction: a run is stored whole or not at all.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { BuildResult } from '../core/pipeline.js';
import type { Dataset } from '../core/dataset.js';
import type { DB, RatingNodeTable, RatingResultTable } from '../db/tables.js';
import { type KindContext, nodeKind } from './node-kinds.js';

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
}

const CHUNK = 1000;
const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

export async function storeRun(db: Kysely<DB>, run: RunToStore): Promise<{ runId: number; version: number }> {
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('methodology').values({
      id: run.methodology.id, version: run.methodology.version, hash: run.methodology.hash, name: run.methodology.name,
      document: JSON.stringify(run.methodology.document),
    }).onConflict((oc) => oc.column('hash').doNothing()).execute();
    const previous = await trx.selectFrom('rating_run').select((eb) => eb.fn.max('version').as('v'))
      .where('period', '=', run.period).where('methodology_id', '=', run.methodology.id).executeTakeFirst();
    const version = Number(previous?.v ?? 0) + 1;
    const inserted = await trx.insertInto('rating_run').values({
      period: run.period, methodology_id: run.methodology.id, methodology_version: run.methodology.version,
      methodology_hash: run.methodology.hash, input_hash: run.inputHash, build_log: JSON.stringify(run.result.log),
      version, synthetic: run.synthetic, created_by: run.createdBy,
    }).returning('id').executeTakeFirstOrThrow();
    await insertNodes(trx, inserted.id, run);
    await insertResults(trx, inserted.id, run);
    return { runId: inserted.id, version };
  });
}

async function insertNodes(trx: Transaction<DB>, runId: number, run: RunToStore): Promise<void> {
  const tree = run.result.state.tree!;
  const weights = run.result.state.weights;
  const rows = tree.nodes.map((node, row): Insertable<RatingNodeTable> => {
    const isLeaf = tree.childStart[row] === tree.childStart[row + 1];
    const label = run.labels?.get(node.id);
    return {
      run_id: runId, node_id: node.id, parent_id: node.parent, level: node.level,
      kind: nodeKind(node, isLeaf, run.kinds), label_ru: label?.ru ?? node.label ?? '', label_en: label?.en ?? node.label ?? '',
      weight: weights ? weights[row] : node.weight,
      method: JSON.stringify(isLeaf ? node.indicator ?? {} : node.aggregation ?? {}),
    };
  });
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('rating_node').values(rows.slice(i, i + CHUNK)).execute();
}

async function insertResults(trx: Transaction<DB>, runId: number, run: RunToStore): Promise<void> {
  const { state, bands } = run.result;
  const tree = state.tree!;
  const n = state.units.length;
  const leafIndex = new Map<number, number>();
  tree.leafRows.forEach((row, k) => leafIndex.set(row, k));
  const bandByNode = new Map(bands.map((b) => [b.node, b]));
  const rows: Insertable<RatingResultTable>[] = [];
  const flush = async () => {
    if (rows.length) await trx.insertInto('rating_result').values(rows.splice(0)).execute();
  };
  for (let row = 0; row < tree.ids.length; row++) {
    const nodeId = tree.ids[row];
    const k = leafIndex.get(row);
    const band = bandByNode.get(nodeId);
    for (let u = 0; u < n; u++) {
      const cell = row * n + u;
      const leafCell = k === undefined ? -1 : k * n + u;
      rows.push({
        run_id: runId, node_id: nodeId, region_code: state.units[u],
        raw_value: leafCell >= 0 && state.raw ? finite(state.raw[leafCell]) : null,
        score: state.aggregated ? finite(state.aggregated[cell]) : null,
        rank: state.ranks ? finite(state.ranks[cell]) : null,
        band: band && band.band[u] >= 0 ? band.labels[band.band[u]] : null,
        imputed: leafCell >= 0 && state.imputedFlags ? state.imputedFlags[leafCell] === 1 : false,
        treated: leafCell >= 0 && state.treatment ? state.treatment[leafCell] !== 0 : false,
      });
      if (rows.length >= CHUNK) await flush();
    }
  }
  await flush();
}
