/**
 * The efficiency frontier of programme money: input-oriented DEA with one input, programme spending per
 * resident (roubles), and the outputs "rating score" (points) and "e-applications per 1,000 residents", under
 * constant (CCR) and variable (BCC) returns to scale. Scale efficiency = θ_CCR / θ_BCC.
 *
 * Why per resident: the score is a level (0–100), not a volume, so setting it against total roubles would
 * make every small region look efficient and every large one wasteful (Dyson et al. 2001, "Pitfalls and
 * protocols in DEA": do not mix volumes and ratios). Spending per resident and e-applications per 1,000
 * residents put all three measures on a per-resident footing. θ then reads: "peers reach at least this score
 * and e-service volume with θ × this region's spending per resident".
 *
 * Eligibility: a region enters only with a score and spending per resident > 0 (which needs spending and a
 * population); others are listed in `excluded` with the reason. When no eligible region has any
 * e-application (no event logs loaded), the e-applications output is dropped and `outputs` says so.
 * Edge cases: no eligible region → empty scores; one eligible region → it is efficient by definition.
 */
import { deaInputOriented, type DeaScore } from '../dea/envelopment.js';
import type { UnitCosts } from './unit-costs.js';

/** Why a region is left out of the frontier: no rating score, no spending, or no population to divide by. */
export const FRONTIER_EXCLUSIONS = ['no_score', 'no_spending', 'no_population'] as const;
export type FrontierExclusion = (typeof FRONTIER_EXCLUSIONS)[number];

export const MONEY_FRONTIER_OUTPUTS = ['score', 'eApplicationsPer1000'] as const;
export type MoneyFrontierOutput = (typeof MONEY_FRONTIER_OUTPUTS)[number];

export interface RegionFrontierScore {
  readonly regionCode: string;
  readonly constantReturns: DeaScore;
  readonly variableReturns: DeaScore;
  readonly scaleEfficiency: number;
}

export interface MoneyFrontier {
  readonly outputs: readonly MoneyFrontierOutput[];
  readonly scores: readonly RegionFrontierScore[];
  /** Regions on the strongly efficient frontier (θ = 1, no slack), under each returns-to-scale assumption. */
  readonly efficientConstantReturns: readonly string[];
  readonly efficientVariableReturns: readonly string[];
  readonly excluded: readonly { readonly regionCode: string; readonly reason: FrontierExclusion }[];
}

/** Runs CCR and BCC DEA over the eligible regions (see the module comment). */
export function moneyFrontier(regions: readonly UnitCosts[]): MoneyFrontier {
  const excluded: { regionCode: string; reason: FrontierExclusion }[] = [];
  const eligible = regions.filter((r) => {
    if (r.score === null) excluded.push({ regionCode: r.regionCode, reason: 'no_score' });
    else if (r.spendingRub <= 0) excluded.push({ regionCode: r.regionCode, reason: 'no_spending' });
    else if (r.spendingPerCapitaRub === null) excluded.push({ regionCode: r.regionCode, reason: 'no_population' });
    else return true;
    return false;
  });
  const outputs: MoneyFrontierOutput[] = eligible.some((r) => r.eApplications > 0)
    ? ['score', 'eApplicationsPer1000']
    : ['score'];
  if (eligible.length === 0) {
    return { outputs, scores: [], efficientConstantReturns: [], efficientVariableReturns: [], excluded };
  }
  const units = eligible.map((r) => ({
    id: r.regionCode,
    inputs: [r.spendingPerCapitaRub!],
    outputs: outputs.map((o) => (o === 'score' ? r.score! : r.eApplicationsPer1000!)),
  }));
  const ccr = deaInputOriented(units, 'constant');
  const bcc = deaInputOriented(units, 'variable');
  const scores = eligible.map((r, j) => ({
    regionCode: r.regionCode,
    constantReturns: ccr[j],
    variableReturns: bcc[j],
    scaleEfficiency: ccr[j].efficiency / bcc[j].efficiency,
  }));
  return {
    outputs,
    scores,
    efficientConstantReturns: ccr.filter((s) => s.efficient).map((s) => s.id),
    efficientVariableReturns: bcc.filter((s) => s.efficient).map((s) => s.id),
    excluded,
  };
}
