import { aggregateAdoption } from '../../../../src/core/programme/adoption/aggregate-adoption.js';
import { assessAdoption } from '../../../../src/core/programme/adoption/assess-adoption.js';

describe('aggregateAdoption', () => {
  // Two regions of one district: SMALL (1 million people) and BIG (3 million); NOPOP has no population figure.
  const assessments = assessAdoption([
    { regionCode: 'SMALL', year: 2015, measuredShare: 30, targetShare: null },
    { regionCode: 'SMALL', year: 2016, measuredShare: 40, targetShare: null },
    { regionCode: 'BIG', year: 2015, measuredShare: 40, targetShare: null },
    { regionCode: 'BIG', year: 2016, measuredShare: 60, targetShare: 55 },
    { regionCode: 'NOPOP', year: 2016, measuredShare: 90, targetShare: null },
  ]);
  const population = new Map([
    ['SMALL', 1_000_000],
    ['BIG', 3_000_000],
  ]);
  const national = aggregateAdoption(assessments, population, () => 'RU');

  it('weights regional shares by population', () => {
    // 2015: (1·30 + 3·40)/4 = 37.5; 2016: (1·40 + 3·60)/4 = 55. NOPOP cannot be weighted and is counted apart.
    expect(national.map((r) => [r.year, r.measuredShare])).toEqual([
      [2015, 37.5],
      [2016, 55],
    ]);
    expect(national[1]).toMatchObject({
      regionsReporting: 2,
      populationReporting: 4_000_000,
      regionsWithoutPopulation: 1,
    });
  });

  it('averages the road-map targets over the regions that have one and counts those met', () => {
    // Only BIG has a road map (55 for 2016, met with 60). In 2015 its next milestone is that same 55 for 2016,
    // not yet met with 40.
    expect(national[1]).toMatchObject({ regionalTargetShare: 55, regionsWithTarget: 1, regionsMeetingOwnTarget: 1 });
    expect(national[0]).toMatchObject({ regionalTargetShare: 55, regionsWithTarget: 1, regionsMeetingOwnTarget: 0 });
  });

  it('judges the aggregate series against the federal target with its own trend', () => {
    // 2015: 37.5 < 40 (deadline this year) → behind. 2016: 55 ≥ 50 → met; the trend +17.5/yr reaches 50 in 2016.
    expect(national[0].federal).toMatchObject({ status: 'behind', gap: -2.5 });
    expect(national[1].federal).toMatchObject({ status: 'met', gap: 5, trendReachesYear: 2016 });
  });

  it('groups by federal district and skips regions outside any group', () => {
    const districts = aggregateAdoption(assessments, population, (code) => (code === 'BIG' ? 'CFD' : null));
    expect(districts.map((r) => [r.group, r.year, r.measuredShare])).toEqual([
      ['CFD', 2015, 40],
      ['CFD', 2016, 60],
    ]);
  });
});
