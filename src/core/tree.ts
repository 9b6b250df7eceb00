/**
 * The concrete, expanded hierarchy the core works on, and its compiled form (flat typed arrays) used in hot loops.
 */
import type { AggregationSpec, IndicatorSpec } from './spec.js';

export interface TreeNode {
  readonly id: string;
  readonly parent: string | null;
  /** 1 for indicators, rising towards the root (COINr's convention). */
  readonly level: number;
  readonly label?: string;
  /** Weight relative to the siblings under the same parent. */
  readonly weight: number;
  /** Aggregation of this node's children; the build's default when absent. Aggregates only. */
  readonly aggregation?: AggregationSpec;
  /** Leaves only: how the indicator (dataset column `id`) enters the index. */
  readonly indicator?: IndicatorSpec;
}

export interface IndexTree {
  readonly nodes: readonly TreeNode[];
  readonly root: string;
}

/**
 * The tree as flat arrays. Rows are in post-order (every child before its parent), so one forward pass over
 * `aggregateRows` aggregates the whole tree. Children of row r are `childRows[childStart[r] .. childStart[r + 1])`.
 */
export interface CompiledTree {
  readonly ids: readonly string[];
  readonly rowOf: ReadonlyMap<string, number>;
  readonly nodes: readonly TreeNode[];
  readonly parentRow: Int32Array;
  readonly childStart: Int32Array;
  readonly childRows: Int32Array;
  readonly leafRows: Int32Array;
  readonly aggregateRows: Int32Array;
  readonly rootRow: number;
}

/**
 * Checks and compiles a tree.
 * @throws RangeError on a duplicate id, an unknown parent, a cycle or unreachable node, a root with a parent,
 *   a leaf without an indicator spec, or an aggregate with an indicator spec.
 */
export function compileTree(tree: IndexTree): CompiledTree {
  const byId = new Map<string, TreeNode>();
  const children = new Map<string, string[]>();
  for (const node of tree.nodes) {
    if (byId.has(node.id)) throw new RangeError(`compileTree: duplicate node "${node.id}"`);
    byId.set(node.id, node);
    children.set(node.id, []);
  }
  const root = byId.get(tree.root);
  if (!root) throw new RangeError(`compileTree: root "${tree.root}" is not a node`);
  if (root.parent !== null) throw new RangeError(`compileTree: root "${tree.root}" has a parent`);
  for (const node of tree.nodes) {
    if (node.parent === null) continue;
    const siblings = children.get(node.parent);
    if (!siblings) throw new RangeError(`compileTree: node "${node.id}" has unknown parent "${node.parent}"`);
    siblings.push(node.id);
  }
  const order: string[] = [];
  const visit = (id: string, depth: number): void => {
    if (depth > tree.nodes.length) throw new RangeError(`compileTree: cycle through "${id}"`);
    for (const child of children.get(id)!) visit(child, depth + 1);
    order.push(id);
  };
  visit(tree.root, 0);
  if (order.length !== tree.nodes.length) {
    const orphan = tree.nodes.find((n) => !order.includes(n.id));
    throw new RangeError(`compileTree: node "${orphan?.id}" is not reachable from the root`);
  }
  const rowOf = new Map(order.map((id, row) => [id, row]));
  const nodes = order.map((id) => byId.get(id)!);
  const parentRow = Int32Array.from(nodes, (n) => (n.parent === null ? -1 : rowOf.get(n.parent)!));
  const childStart = new Int32Array(nodes.length + 1);
  const childList: number[] = [];
  const leaves: number[] = [];
  const aggregates: number[] = [];
  nodes.forEach((node, row) => {
    childStart[row] = childList.length;
    const kids = children.get(node.id)!;
    for (const kid of kids) childList.push(rowOf.get(kid)!);
    if (kids.length === 0) {
      if (!node.indicator) throw new RangeError(`compileTree: leaf "${node.id}" has no indicator spec`);
      leaves.push(row);
    } else {
      if (node.indicator) throw new RangeError(`compileTree: aggregate "${node.id}" has an indicator spec`);
      aggregates.push(row);
    }
  });
  childStart[nodes.length] = childList.length;
  return Object.freeze({
    ids: order,
    rowOf,
    nodes,
    parentRow,
    childStart,
    childRows: Int32Array.from(childList),
    leafRows: Int32Array.from(leaves),
    aggregateRows: Int32Array.from(aggregates),
    rootRow: rowOf.get(tree.root)!,
  });
}

/** Ids of all leaves under a node (the node itself when it is a leaf), in row order. */
export function leavesUnder(tree: CompiledTree, row: number): number[] {
  const start = tree.childStart[row];
  const end = tree.childStart[row + 1];
  if (start === end) return [row];
  const out: number[] = [];
  for (let k = start; k < end; k++) out.push(...leavesUnder(tree, tree.childRows[k]));
  return out;
}
