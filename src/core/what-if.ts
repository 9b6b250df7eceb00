/**
 * What-ifs as edited replays (STYLE 5): change a weight, drop a node (weight 0), switch a normaliser or an
 * aggregation, or replace any step's params; replay the edited log on the same input and report rank changes.
 */
import type { BuildResult, BuildStep } from './pipeline.js';
import { editStep, replay, stepIndex } from './pipeline.js';
import type { Dataset } from './dataset.js';
import type { AggregationSpec, NormaliserSpec } from './spec.js';
import type { AggregateParams } from './steps/aggregate-step.js';
import type { NormaliseParams } from './steps/normalise-step.js';
import type { WeightsParams } from './steps/weights-step.js';

export type WhatIfEdit =
  | { readonly kind: 'params'; readonly step: string; readonly params: unknown }
  | { readonly kind: 'weight'; readonly node: string; readonly weight: number }
  | { readonly kind: 'drop'; readonly node: string }
  | { readonly kind: 'normaliser'; readonly normaliser: NormaliserSpec; readonly indicators?: readonly string[] }
  | { readonly kind: 'aggregation'; readonly aggregation: AggregationSpec; readonly nodes?: readonly string[] };

export interface RankChange {
  readonly unit: string;
  readonly scoreBefore: number;
  readonly scoreAfter: number;
  readonly rankBefore: number;
  readonly rankAfter: number;
  /** rankBefore − rankAfter: positive when the unit moves up. NaN when either rank is missing. */
  readonly change: number;
}

export interface WhatIfResult {
  readonly log: readonly BuildStep[];
  readonly before: BuildResult;
  readonly after: BuildResult;
  /** One entry per unit for the chosen node (default the root), the largest moves first, then by new rank. */
  readonly changes: readonly RankChange[];
}

/** Applies one edit to a log, returning a new log (weight and drop edits merge into the `weights` step). */
export function applyEdit(log: readonly BuildStep[], edit: WhatIfEdit): BuildStep[] {
  const params = (id: string): Record<string, unknown> => ({ ...(log[stepIndex(log, id)].params as object) });
  switch (edit.kind) {
    case 'params':
      return editStep(log, edit.step, edit.params);
    case 'weight':
    case 'drop': {
      const current = params('weights') as WeightsParams;
      const weight = edit.kind === 'drop' ? 0 : edit.weight;
      return editStep(log, 'weights', { ...current, weights: { ...(current.weights ?? {}), [edit.node]: weight } });
    }
    case 'normaliser': {
      const current = params('normalise') as NormaliseParams;
      if (!edit.indicators) return editStep(log, 'normalise', { ...current, all: edit.normaliser });
      const indicators = { ...(current.indicators ?? {}) };
      for (const id of edit.indicators) indicators[id] = { ...(indicators[id] ?? {}), normaliser: edit.normaliser };
      return editStep(log, 'normalise', { ...current, indicators });
    }
    case 'aggregation': {
      const current = params('aggregate') as unknown as AggregateParams;
      if (!edit.nodes) return editStep(log, 'aggregate', { ...current, all: edit.aggregation });
      const nodes = { ...(current.nodes ?? {}) };
      for (const id of edit.nodes) nodes[id] = edit.aggregation;
      return editStep(log, 'aggregate', { ...current, nodes });
    }
  }
}

/**
 * Replays `log` with `edits` applied, on the same input, and compares ranks of `node` (default the root) with the
 * original build (`before`, or a replay of the unedited log).
 */
export function whatIf(
  log: readonly BuildStep[],
  input: Dataset,
  edits: readonly WhatIfEdit[],
  options: { node?: string; before?: BuildResult } = {},
): WhatIfResult {
  const edited = edits.reduce<BuildStep[]>((acc, edit) => applyEdit(acc, edit), [...log]);
  const before = options.before ?? replay(log, input);
  const after = replay(edited, input);
  const tree = after.state.tree!;
  const node = options.node ?? tree.ids[tree.rootRow];
  const sb = before.scores.get(node);
  const sa = after.scores.get(node);
  const rb = before.ranks.get(node);
  const ra = after.ranks.get(node);
  const changes = after.state.units.map((unit, u): RankChange => ({
    unit,
    scoreBefore: sb[u],
    scoreAfter: sa[u],
    rankBefore: rb[u],
    rankAfter: ra[u],
    change: rb[u] - ra[u],
  }));
  changes.sort(
    (a, b) =>
      (Math.abs(b.change) || 0) - (Math.abs(a.change) || 0) || (a.rankAfter || Infinity) - (b.rankAfter || Infinity),
  );
  return { log: edited, before, after, changes };
}
