import { fitLinearTrend, yearTrendReaches } from '../../../../src/core/programme/adoption/linear-trend.js';

describe('fitLinearTrend and yearTrendReaches', () => {
  it('fits the least-squares line and finds the first whole year at the level', () => {
    // Points (2015,40) (2016,50) (2017,57): mean year 2016, mean value 49; Σ(t−t̄)(v−v̄) = 9 + 0 + 8 = 17,
    // Σ(t−t̄)² = 2, slope 8.5. The line reaches 70 at 2016 + 21/8.5 = 2018.47, i.e. during 2019.
    const trend = fitLinearTrend([
      { year: 2015, value: 40 },
      { year: 2016, value: 50 },
      { year: 2017, value: 57 },
    ]);
    expect(trend!.slope).toBeCloseTo(8.5, 12);
    expect(trend!.intercept + trend!.slope * 2016).toBeCloseTo(49, 9);
    expect(yearTrendReaches(trend, 70)).toBe(2019);
  });

  it('counts an exact hit as that year', () => {
    // 40 in 2015 and 50 in 2016: 10 points a year reach 70 exactly in 2018.
    expect(
      yearTrendReaches(
        fitLinearTrend([
          { year: 2015, value: 40 },
          { year: 2016, value: 50 },
        ]),
        70,
      ),
    ).toBe(2018);
  });

  it('gives no trend for a single year and no year for a flat or falling trend', () => {
    expect(fitLinearTrend([{ year: 2016, value: 30 }])).toBeNull();
    expect(
      fitLinearTrend([
        { year: 2016, value: 30 },
        { year: 2016, value: 40 },
      ]),
    ).toBeNull();
    expect(
      yearTrendReaches(
        fitLinearTrend([
          { year: 2015, value: 50 },
          { year: 2016, value: 45 },
        ]),
        70,
      ),
    ).toBeNull();
    expect(
      yearTrendReaches(
        fitLinearTrend([
          { year: 2015, value: 50 },
          { year: 2016, value: 50 },
        ]),
        70,
      ),
    ).toBeNull();
  });
});
