import type { CompiledTree } from '../tree.js';
import type { Assumption } from './assumptions.js';

/** An assumption bound to a concrete tree: what each of its uniforms changes. */
export type ResolvedAssumption =
  | { readonly id: string; readonly kind: 'weight-noise'; readonly rows: Int32Array; readonly factor: number }
  | {
      readonly id: string;
      readonly kind: 'aggregation' | 'normaliser' | 'imputation';
      readonly options: readonly ({ readonly method: string } | 'nominal')[];
    }
  | {
      readonly id: string;
      readonly kind: 'step';
      readonly step: string;
      readonly options: readonly (Readonly<Record<string, unknown>> | 'nominal')[];
    }
  | {
      readonly id: string;
      readonly kind: 'exclusion';
      readonly nodes: readonly string[];
      readonly includeNone: boolean;
    };

/**
 * Binds an assumption to the tree. weight-noise: the non-root node rows at the given levels; exclusion: the non-root
 * nodes at `level` or the listed `nodes`. Edge cases: no matching node, or an unknown listed node, throws a RangeError
 * naming the assumption, since such a declaration is a mistake rather than "no uncertainty".
 */
export function resolveAssumption(assumption: Assumption, tree: CompiledTree): ResolvedAssumption {
  const nonRoot = (row: number): boolean => row !== tree.rootRow;
  if (assumption.kind === 'weight-noise') {
    const rows = tree.nodes.flatMap((node, row) =>
      nonRoot(row) && assumption.levels.includes(node.level) ? [row] : [],
    );
    if (rows.length === 0)
      throw new RangeError(
        `uncertainty: assumption "${assumption.id}": no weighted node at levels ${assumption.levels.join(', ')}`,
      );
    return { id: assumption.id, kind: 'weight-noise', rows: Int32Array.from(rows), factor: assumption.factor };
  }
  if (assumption.kind === 'exclusion') {
    const nodes =
      assumption.nodes ??
      tree.nodes.filter((node, row) => nonRoot(row) && node.level === assumption.level).map((n) => n.id);
    const unknown = nodes.find((id) => !tree.rowOf.has(id) || tree.rowOf.get(id) === tree.rootRow);
    if (unknown !== undefined)
      throw new RangeError(`uncertainty: assumption "${assumption.id}": "${unknown}" is not a non-root node`);
    if (nodes.length === 0)
      throw new RangeError(`uncertainty: assumption "${assumption.id}": no node at level ${assumption.level}`);
    return { id: assumption.id, kind: 'exclusion', nodes, includeNone: assumption.includeNone };
  }
  if (assumption.kind === 'step')
    return { id: assumption.id, kind: 'step', step: assumption.step, options: assumption.options };
  return { id: assumption.id, kind: assumption.kind, options: assumption.options };
}

/** Uniforms the assumption consumes per replication: one per perturbed weight, else one. */
export function dimensionOf(assumption: ResolvedAssumption): number {
  return assumption.kind === 'weight-noise' ? assumption.rows.length : 1;
}

/** Weight multiplier from a uniform u: 1 − f + 2f·u, i.e. U(1 − f, 1 + f). */
export function weightMultiplier(factor: number, u: number): number {
  return 1 - factor + 2 * factor * u;
}

/** Index of one of m equally likely options from a uniform u: min(m − 1, ⌊m·u⌋). */
export function optionIndex(m: number, u: number): number {
  return Math.min(m - 1, Math.floor(m * u));
}

/** The node an exclusion drops for uniform u, or null for "drop none" (the last option when includeNone). */
export function excludedNode(assumption: Extract<ResolvedAssumption, { kind: 'exclusion' }>, u: number): string | null {
  const k = optionIndex(assumption.nodes.length + (assumption.includeNone ? 1 : 0), u);
  return k < assumption.nodes.length ? assumption.nodes[k] : null;
}
