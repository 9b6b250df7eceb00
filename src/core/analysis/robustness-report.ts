import type { UncertaintySpec } from './assumptions.js';
import { type CoherenceReport, coherenceAudit } from './coherence.js';
import type { PipelineModel } from './pipeline-model.js';
import { rankIntervals, type UnitRankInterval } from './rank-intervals.js';
import { type DesignShape, evaluationCount } from './saltelli-design.js';
import { type SensitivityResult, sensitivityFromRanks } from './sensitivity.js';

/** Everything the robustness analysis of one rating stores and prints. */
export interface RobustnessReport {
  readonly target: string;
  readonly design: DesignShape['design'];
  /** N base replications and the seed: together with the log and input they reproduce every figure. */
  readonly runs: number;
  readonly seed: number;
  /** Model evaluations: N for 'monte-carlo', N·(k + 2) for 'saltelli' (k assumptions). */
  readonly evaluations: number;
  /** Bootstrap resamples of the Sobol intervals, and their level. */
  readonly bootstrap: { readonly resamples: number; readonly level: number };
  readonly quantiles: readonly [number, number];
  readonly quantileRule: 'R type 7';
  readonly assumptions: readonly { readonly id: string; readonly kind: string }[];
  /** Units with a nominal rank: the only ones ranked in any evaluation (pipeline-model.ts); of `units.length`. */
  readonly ranked: number;
  readonly units: readonly UnitRankInterval[];
  /** Sobol shares; null for a 'monte-carlo' design. */
  readonly sensitivity: SensitivityResult | null;
  readonly coherence: CoherenceReport;
}

/** Two-sided level of the Sobol estimates' bootstrap intervals. */
export const SOBOL_LEVEL = 0.95;

/** The design shape of a spec on a model: N = spec.runs rows, k = the model's assumptions. */
export function designShape(spec: UncertaintySpec): DesignShape {
  return { design: spec.design, rows: spec.runs, assumptions: spec.assumptions.length };
}

/**
 * Assembles the report from the ranks of all evaluations (row-major evaluations × units, see run-evaluations.ts):
 * rank intervals over every evaluation (for 'saltelli', the N(k + 2) evaluations are each a valid draw of the
 * assumptions, as COINr uses them), Sobol shares for 'saltelli', and the coherence audit of the nominal build.
 * @throws RangeError when the rank matrix does not match the design.
 */
export function robustnessReport(model: PipelineModel, spec: UncertaintySpec, ranks: Float64Array): RobustnessReport {
  const shape = designShape(spec);
  const evaluations = evaluationCount(shape);
  if (ranks.length !== evaluations * model.units.length)
    throw new RangeError('robustnessReport: rank matrix size does not match the design');
  const state = model.nominal.state;
  return {
    target: model.target,
    design: spec.design,
    runs: spec.runs,
    seed: spec.seed,
    evaluations,
    bootstrap: { resamples: spec.bootstrap, level: SOBOL_LEVEL },
    quantiles: spec.quantiles,
    quantileRule: 'R type 7',
    assumptions: spec.assumptions.map((a) => ({ id: a.id, kind: a.kind })),
    ranked: model.nominalRanks.reduce((count, r) => count + (Number.isNaN(r) ? 0 : 1), 0),
    units: rankIntervals(ranks, model.units, model.nominalRanks, spec.quantiles),
    sensitivity:
      spec.design === 'saltelli'
        ? sensitivityFromRanks(ranks, shape, model.units, model.nominalRanks, model.assumptionIds, {
            resamples: spec.bootstrap,
            level: SOBOL_LEVEL,
            seed: spec.seed,
          })
        : null,
    coherence: coherenceAudit(state.tree!, state.aggregated!, model.units.length),
  };
}
