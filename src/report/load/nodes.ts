/**
 * The stored tree of a run (rating_node) as publication data: the flattened methodology with effective weights,
 * and the lists of services, stages and indicators it uses.
 *
 * Effective weight of a node = its weight ÷ the sum of its siblings' weights, times its parent's effective weight
 * (root = 1); so the leaves' effective weights sum to 1 when every parent has children. A parent whose children's
 * weights sum to 0 gives them effective weight 0. Order: depth first, children by node id (deterministic).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import type { Dimension, MethodologyNode } from '../model.js';
import { describeMethod } from '../method-words.js';

export interface StoredNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly level: number;
  readonly kind: 'index' | 'service' | 'stage' | 'indicator' | 'group';
  readonly label: { ru: string; en: string };
  readonly weight: number;
  readonly method: unknown;
}

export async function loadNodes(db: Kysely<DB>, runId: number): Promise<StoredNode[]> {
  const rows = await db
    .selectFrom('rating_node')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('level')
    .orderBy('node_id')
    .execute();
  return rows.map((r) => ({
    id: r.node_id,
    parentId: r.parent_id,
    level: r.level,
    kind: r.kind,
    label: { ru: r.label_ru || r.node_id, en: r.label_en || r.node_id },
    weight: r.weight,
    method: r.method,
  }));
}

/** Depth-first methodology tree with weights and effective weights (see the module comment). */
export function methodologyTree(nodes: readonly StoredNode[], defaultAggregation = ''): MethodologyNode[] {
  const children = new Map<string | null, StoredNode[]>();
  for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const out: MethodologyNode[] = [];
  const visit = (parent: string | null, parentEffective: number): void => {
    const kids = [...(children.get(parent) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const total = kids.reduce((s, k) => s + k.weight, 0);
    for (const k of kids) {
      const effective = parent === null ? 1 : total > 0 ? (parentEffective * k.weight) / total : 0;
      out.push({
        id: k.id,
        parentId: k.parentId,
        level: k.level,
        name: k.label,
        weight: k.weight,
        effectiveWeight: effective,
        method: describeMethod(k.method, defaultAggregation),
      });
      visit(k.id, effective);
    }
  };
  visit(null, 1);
  return out;
}

/** The stage id of a node id `<service>.<stage>` (or a bare stage id). */
export const stageOf = (nodeId: string): string => nodeId.split('.').pop() ?? nodeId;

/** Distinct dimensions of one kind, in id order; stages merge the per-service `<service>.<stage>` nodes by stage id. */
export function dimensionsOf(
  nodes: readonly StoredNode[],
  kind: 'service' | 'stage',
  stageOrder: ReadonlyMap<string, number>,
): Dimension[] {
  const byId = new Map<string, Dimension>();
  for (const n of nodes) {
    if (n.kind !== kind) continue;
    const id = kind === 'stage' ? stageOf(n.id) : n.id;
    if (!byId.has(id)) byId.set(id, { id, name: n.label });
  }
  const order = (id: string) => stageOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...byId.values()].sort((a, b) => order(a.id) - order(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
