import { moneyFrontier } from '../../../../src/core/programme/efficiency/money-frontier.js';
import { unitCosts, type RegionMoneyAndResults } from '../../../../src/core/programme/efficiency/unit-costs.js';

const M = 1_000_000;
const region = (
  regionCode: string,
  spendingRub: number,
  score: number | null,
  eApplications: number,
  applications: number,
): RegionMoneyAndResults => ({
  regionCode,
  spending: spendingRub > 0 ? [{ programme: 'SMEV', amountRub: spendingRub }] : [],
  score,
  previousScore: null,
  applications,
  eApplications,
  population: 1_000_000,
});

/**
 * Every region has one million residents, so spending per resident is spending / 10⁶ and e-applications per
 * 1,000 residents are e-applications / 1,000: the ratios below are unchanged by that common divisor.
 * Three rated regions with money (per million roubles: A gives 0.5 points and 10 e-applications, B 0.3 and 15,
 * C 0.4 and 5), one without spending, one without a score.
 *
 * CCR: A has the most points per rouble and B the most e-applications per rouble, so both are efficient.
 *   C scaled by t stays under A's output mix while 0.4t ≤ 0.5 and 5t ≤ 10, i.e. t ≤ 1.25 → θ_C = 1/1.25 = 0.8;
 *   at 80 M the mix λ_A = 0.8 gives 40 points (binding) and 800 e-applications, 300 more than C: slack 300.
 *   (Mixing in B cannot help: λ_A = 0.8 − 2λ_B makes the points 40 − 40λ_B < 40.)
 * BCC: nobody spends less than 100 M, so C cannot shrink its input: θ = 1, but A produces more with the same
 *   money, so C is only weakly efficient (slacks 10 points and 500 e-applications). Scale efficiency 0.8/1.
 */
describe('moneyFrontier', () => {
  const costs = [
    region('A', 100 * M, 50, 1000, 2000),
    region('B', 200 * M, 60, 3000, 4000),
    region('C', 100 * M, 40, 500, 1000),
    region('D', 0, 55, 700, 900),
    region('E', 50 * M, null, 100, 200),
  ].map(unitCosts);
  const frontier = moneyFrontier(costs);
  const score = (code: string) => frontier.scores.find((s) => s.regionCode === code)!;

  it('names the regions that get the most for their money', () => {
    expect(frontier.outputs).toEqual(['score', 'eApplicationsPer1000']);
    expect(frontier.efficientConstantReturns).toEqual(['A', 'B']);
    expect(frontier.efficientVariableReturns).toEqual(['A', 'B']);
  });

  it('scores the others with their efficient peers and the unused output', () => {
    expect(score('C').constantReturns.efficiency).toBeCloseTo(0.8, 6);
    expect(score('C').constantReturns.peers).toEqual(['A']);
    expect(score('C').constantReturns.outputSlacks[1]).toBeCloseTo(300 / 1000, 6); // 300 e-applications per million residents
    expect(score('C').variableReturns).toMatchObject({
      efficiency: expect.closeTo(1, 6),
      efficient: false,
      weaklyEfficient: true,
    });
    expect(score('C').scaleEfficiency).toBeCloseTo(0.8, 6);
  });

  it('excludes regions without spending, score or population and says why', () => {
    expect(frontier.excluded).toEqual([
      { regionCode: 'D', reason: 'no_spending' },
      { regionCode: 'E', reason: 'no_score' },
    ]);
    const noPopulation = moneyFrontier([unitCosts({ ...region('F', 10 * M, 50, 10, 10), population: null })]);
    expect(noPopulation.excluded).toEqual([{ regionCode: 'F', reason: 'no_population' }]);
  });

  it('compares regions of different size per resident, not in total roubles', () => {
    // Same score and e-service use per resident, same spending per resident, ten times the population:
    // both are efficient. In total roubles the big one would score θ = 0.1.
    const small = unitCosts({ ...region('S', 10 * M, 50, 100, 200), population: 100_000 });
    const big = unitCosts({ ...region('L', 100 * M, 50, 1000, 2000), population: 1_000_000 });
    expect(moneyFrontier([small, big]).efficientConstantReturns).toEqual(['S', 'L']);
  });

  it('drops the e-applications output when no event logs were loaded', () => {
    // Score per million: A 0.5, B 0.3, C 0.4 → CCR θ = ratio / 0.5: B 0.6, C 0.8.
    const withoutLogs = moneyFrontier(costs.map((c) => ({ ...c, eApplications: 0 })));
    expect(withoutLogs.outputs).toEqual(['score']);
    expect(withoutLogs.scores.map((s) => s.constantReturns.efficiency)).toEqual([
      1,
      expect.closeTo(0.6, 6),
      expect.closeTo(0.8, 6),
    ]);
  });
});
