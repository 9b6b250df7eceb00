/**
 * A reader's weighting on the "build your own rating" page, as plain data: a weight per service, a weight per stage
 * (one number for the stage of that name in every service), and optionally one aggregation for every node. It lives in
 * the page's URL fragment (`#s.marriage_registration=2&t.status=0.5&a=geometric`) so a view can be shared, and turns
 * into the same what-if edits as `egov score --weight NODE=W … --aggregation NAME`.
 */
import type { WhatIfEdit } from '../what-if.js';

/** The aggregations a reader may pick (every node with it); methods with parameters are left to `egov score`. */
export const CHOOSABLE_AGGREGATIONS = ['arithmetic', 'geometric', 'harmonic'] as const;
export type ChoosableAggregation = (typeof CHOOSABLE_AGGREGATIONS)[number];
export const isChoosableAggregation = (value: string): value is ChoosableAggregation =>
  (CHOOSABLE_AGGREGATIONS as readonly string[]).includes(value);

export interface WeightChoice {
  /** service node id → weight (relative among the services). */
  readonly services: Readonly<Record<string, number>>;
  /** stage key (the last part of `<service>.<stage>`) → weight of that stage in every service. */
  readonly stages: Readonly<Record<string, number>>;
  readonly aggregation: ChoosableAggregation | null;
}

/** The weightable nodes of a run: service ids, and each stage key with the stage nodes that carry it. */
export interface WeightableNodes {
  readonly services: readonly string[];
  readonly stages: Readonly<Record<string, readonly string[]>>;
}

/** The largest weight a reader can set (weights are relative; 0 drops a node). */
export const MAX_WEIGHT = 100;

const weightOf = (text: string): number | null => {
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const w = Number(text);
  return w <= MAX_WEIGHT ? w : null;
};

/**
 * Reads a choice from a URL fragment (with or without '#'). Unknown nodes, malformed or out-of-range weights (not a
 * plain decimal in 0–100) and unknown aggregations are ignored, so a damaged link still opens the official weights.
 */
export function parseWeightChoice(fragment: string, nodes: WeightableNodes): WeightChoice {
  const services: Record<string, number> = {};
  const stages: Record<string, number> = {};
  let aggregation: ChoosableAggregation | null = null;
  for (const [key, value] of new URLSearchParams(fragment.replace(/^#/, ''))) {
    const w = weightOf(value);
    if (key.startsWith('s.') && nodes.services.includes(key.slice(2)) && w !== null) services[key.slice(2)] = w;
    else if (key.startsWith('t.') && Object.hasOwn(nodes.stages, key.slice(2)) && w !== null) stages[key.slice(2)] = w;
    else if (key === 'a' && isChoosableAggregation(value)) aggregation = value;
  }
  return { services, stages, aggregation };
}

/** The URL fragment of a choice (without '#'), services, then stages, then the aggregation; '' for no change. */
export function formatWeightChoice(choice: WeightChoice): string {
  const params = new URLSearchParams();
  for (const [id, w] of Object.entries(choice.services)) params.append(`s.${id}`, String(w));
  for (const [key, w] of Object.entries(choice.stages)) params.append(`t.${key}`, String(w));
  if (choice.aggregation) params.append('a', choice.aggregation);
  return params.toString();
}

/**
 * The what-if edits of a choice: one weight edit per service, one per stage node of each chosen stage key, then the
 * aggregation for every node. `egov score --weight ID=W … --aggregation NAME` with the same nodes gives the same build.
 */
export function weightChoiceEdits(choice: WeightChoice, nodes: WeightableNodes): WhatIfEdit[] {
  const edits: WhatIfEdit[] = [];
  for (const [node, weight] of Object.entries(choice.services)) edits.push({ kind: 'weight', node, weight });
  for (const [key, weight] of Object.entries(choice.stages))
    for (const node of nodes.stages[key] ?? []) edits.push({ kind: 'weight', node, weight });
  if (choice.aggregation) edits.push({ kind: 'aggregation', aggregation: { method: choice.aggregation } });
  return edits;
}
