/**
 * The uncertainty section of a methodology: which assumptions are uncertain and how to sample them. Plain JSON,
 * validated by `UncertaintySpecSchema` (zod), so the methodology schema can embed it as `uncertainty` and
 * `egov analyse --uncertainty FILE` can read it on its own.
 *
 * Each assumption is one Sobol factor (a group of inputs in the unit hypercube, see saltelli-design.ts):
 * - weight-noise: every weight of the nodes at `levels` (1 = indicators) × U(1 − factor, 1 + factor), independently
 *   per node; weights stay relative to their siblings, so only ratios matter.
 * - aggregation: one of `options` (uniformly), applied to every aggregate node (all levels) for the replication.
 * - normaliser: one of `options`, applied to every indicator.
 * - imputation: one of `options` (imputation methods) for the missing raw values.
 *   A choice option may be the string "nominal": the build's own methods as logged (e.g. per-indicator goalposts).
 * - step: one of `options` for the params of any step of the build log before `weights` (by step id, e.g.
 *   "treat-outliers"), each option merged over the logged params: COINr's "any address in the log", e.g. winmax 1..5
 *   as `{ "kind": "step", "step": "treat-outliers", "options": [{ "winmax": 1 }, …, { "winmax": 5 }] }`.
 * - exclusion: drop one node at a time: one of the nodes at `level` (or the listed `nodes`), or none when
 *   `includeNone`; the dropped node's siblings share its weight.
 *
 * Example (the ASEM preset): `{ "runs": 1000, "seed": 1, "assumptions": [
 *   { "id": "weights", "kind": "weight-noise", "levels": [2, 3], "factor": 0.25 },
 *   { "id": "aggregation", "kind": "aggregation", "options": [{ "method": "arithmetic" }, { "method": "geometric" }] }] }`
 */
import { z } from 'zod';
import { NOMINAL } from './nominal-option.js';
import { DESIGNS } from './saltelli-design.js';

export { NOMINAL } from './nominal-option.js';

const MethodSpecSchema = z.looseObject({ method: z.string().min(1) });
const AssumptionId = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, _ . -');

export const WeightNoiseSchema = z.object({
  id: AssumptionId,
  kind: z.literal('weight-noise'),
  levels: z.array(z.number().int().min(1)).min(1),
  factor: z.number().gt(0).lt(1),
});

export const ChoiceKinds = ['aggregation', 'normaliser', 'imputation'] as const;

export const ChoiceSchema = z.object({
  id: AssumptionId,
  kind: z.enum(ChoiceKinds),
  /** Method specs, or "nominal" for the build's own (per-node / per-indicator) methods as logged. */
  options: z.array(z.union([z.literal(NOMINAL), MethodSpecSchema])).min(1),
});

export const StepChoiceSchema = z.object({
  id: AssumptionId,
  kind: z.literal('step'),
  /** The id of a step of the build log that runs before `weights` (e.g. "treat-outliers", "screen", "denominate"). */
  step: z.string().min(1),
  /** Param objects merged over the step's logged params, or "nominal" for the logged params as they are. */
  options: z.array(z.union([z.literal(NOMINAL), z.looseObject({})])).min(1),
});

export const ExclusionSchema = z
  .object({
    id: AssumptionId,
    kind: z.literal('exclusion'),
    level: z.number().int().min(1).optional(),
    nodes: z.array(z.string().min(1)).min(1).optional(),
    includeNone: z.boolean().default(true),
  })
  .refine((a) => (a.level === undefined) !== (a.nodes === undefined), {
    message: 'give exactly one of level or nodes',
  });

export const AssumptionSchema = z.union([WeightNoiseSchema, ChoiceSchema, StepChoiceSchema, ExclusionSchema]);

export const UncertaintySpecSchema = z
  .object({
    /** Node whose ranks are analysed; the root when absent. */
    target: z.string().min(1).optional(),
    /** N: base replications (Monte Carlo rows). */
    runs: z.number().int().min(2).max(1_000_000).default(1000),
    seed: z.number().int().min(0).max(4294967295).default(1),
    /** 'saltelli' gives Sobol indices at N·(k + 2) evaluations; 'monte-carlo' gives rank intervals only at N. */
    design: z.enum(DESIGNS).default('saltelli'),
    /** Lower and upper quantile of the rank interval, R type 7. */
    quantiles: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).default([0.05, 0.95]),
    /** Bootstrap resamples B of the Sobol estimates' 95% confidence intervals (0: no intervals). */
    bootstrap: z.number().int().min(0).max(10_000).default(200),
    assumptions: z.array(AssumptionSchema).min(1),
  })
  .refine((s) => s.quantiles[0] <= s.quantiles[1], { message: 'quantiles must be [lower, upper]', path: ['quantiles'] })
  .refine((s) => new Set(s.assumptions.map((a) => a.id)).size === s.assumptions.length, {
    message: 'assumption ids must be unique',
    path: ['assumptions'],
  });

export type UncertaintySpec = z.infer<typeof UncertaintySpecSchema>;
export type UncertaintySpecInput = z.input<typeof UncertaintySpecSchema>;
export type Assumption = z.infer<typeof AssumptionSchema>;
export type WeightNoise = z.infer<typeof WeightNoiseSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Exclusion = z.infer<typeof ExclusionSchema>;
export type StepChoice = z.infer<typeof StepChoiceSchema>;
