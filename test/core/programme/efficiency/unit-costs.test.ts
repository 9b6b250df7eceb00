import { unitCosts } from '../../../../src/core/programme/efficiency/unit-costs.js';

describe('unitCosts', () => {
  it('divides the programme money by applications, e-applications and residents', () => {
    // 30 M + 90 M = 120 M roubles; 4,000 applications → 30,000 per application; 1,500 portal → 80,000;
    // 1.2 M residents → 100 per resident and 1500/1200 = 1.25 e-applications per 1,000; score 61.5 after 58 → +3.5 points.
    const costs = unitCosts({
      regionCode: 'RU-TUL',
      spending: [
        { programme: 'MFC automation', amountRub: 30e6 },
        { programme: 'SMEV', amountRub: 90e6 },
      ],
      score: 61.5,
      previousScore: 58,
      applications: 4000,
      eApplications: 1500,
      population: 1.2e6,
    });
    expect(costs).toMatchObject({
      spendingRub: 120e6,
      costPerApplicationRub: 30_000,
      costPerEApplicationRub: 80_000,
      spendingPerCapitaRub: 100,
      scoreChange: 3.5,
      eApplicationsPer1000: 1.25,
    });
    expect(costs.spending.map((s) => s.programme)).toEqual(['SMEV', 'MFC automation']); // largest first
  });

  it('leaves costs undefined (null) without applications and the change without a previous score', () => {
    const costs = unitCosts({
      regionCode: 'X',
      spending: [],
      score: 40,
      previousScore: null,
      applications: 0,
      eApplications: 0,
      population: null,
    });
    expect(costs).toMatchObject({
      spendingRub: 0,
      costPerApplicationRub: null,
      costPerEApplicationRub: null,
      scoreChange: null,
      spendingPerCapitaRub: null,
    });
  });

  it('rejects negative money', () => {
    expect(() =>
      unitCosts({
        regionCode: 'X',
        spending: [{ programme: 'P', amountRub: -1 }],
        score: null,
        previousScore: null,
        applications: 0,
        eApplications: 0,
        population: null,
      }),
    ).toThrow('unitCosts spending on P -1 for region X must be a finite number >= 0');
  });
});
