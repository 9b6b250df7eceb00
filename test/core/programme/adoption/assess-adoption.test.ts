import { assessAdoption, type AdoptionObservation } from '../../../../src/core/programme/adoption/assess-adoption.js';

const row = (
  regionCode: string,
  year: number,
  measuredShare: number | null,
  targetShare: number | null = null,
): AdoptionObservation => ({ regionCode, year, measuredShare, targetShare });

const find = (rows: ReturnType<typeof assessAdoption>, region: string, year: number) =>
  rows.find((r) => r.regionCode === region && r.year === year)!;

describe('assessAdoption', () => {
  it('reports no_target for a region without a road map, but still judges it against the federal target', () => {
    // 45% in 2016 and 55% in 2017; federal milestones 50% (2016) and 60% (2017).
    // 2017: gap −5 and the deadline is this year → behind; the trend (+10/yr) reaches 60 at 2017.5 → 2018.
    const rows = assessAdoption([row('NT', 2016, 45), row('NT', 2017, 55)]);
    expect(find(rows, 'NT', 2017).regional).toEqual({
      status: 'no_target',
      targetShare: null,
      targetYear: null,
      gap: null,
      trendReachesYear: null,
    });
    expect(find(rows, 'NT', 2017).federal).toEqual({
      status: 'behind',
      targetShare: 60,
      targetYear: 2017,
      gap: -5,
      trendReachesYear: 2018,
    });
  });

  it('says met when the target is already exceeded before its deadline', () => {
    // A region reported 75% in 2017 against a road-map target of 70% for 2018: met, 5 points ahead.
    const rows = assessAdoption([row('MET', 2017, 75), row('MET', 2018, null, 70)]);
    expect(rows).toHaveLength(1); // the target-only row is a milestone, not an observation
    expect(rows[0].regional).toMatchObject({ status: 'met', targetShare: 70, targetYear: 2018, gap: 5 });
    expect(rows[0].federal).toMatchObject({ status: 'met', targetShare: 60, gap: 15 });
  });

  it('says behind, with no year, when the trend is falling', () => {
    // 50, 45, 40 in 2015–2017 against 70% by 2018: slope −5, the trend never reaches 70.
    const rows = assessAdoption([row('F', 2015, 50), row('F', 2016, 45), row('F', 2017, 40), row('F', 2018, null, 70)]);
    expect(find(rows, 'F', 2017).regional).toMatchObject({ status: 'behind', gap: -30, trendReachesYear: null });
  });

  it('says on_track when the trend reaches the target by its year, judged on data known at the time', () => {
    // 40 (2015) then 50 (2016), target 70 for 2018: +10/yr reaches 70 exactly in 2018 → on track in 2016.
    // In 2015 there is a single observation: no trend, so the status can only be behind.
    const rows = assessAdoption([row('OT', 2015, 40), row('OT', 2016, 50), row('OT', 2018, null, 70)]);
    expect(find(rows, 'OT', 2016).regional).toMatchObject({
      status: 'on_track',
      targetYear: 2018,
      trendReachesYear: 2018,
    });
    expect(find(rows, 'OT', 2015).regional).toMatchObject({ status: 'behind', trendReachesYear: null });
    expect(find(rows, 'OT', 2015).trend).toBeNull();
  });

  it('holds the last target once its year has passed', () => {
    // Target 70 for 2018; in 2019 the region measures 68 → still judged against 70 (deadline past) → behind.
    const rows = assessAdoption([row('H', 2018, 62, 70), row('H', 2019, 68)]);
    expect(find(rows, 'H', 2019).regional).toMatchObject({ status: 'behind', targetShare: 70, targetYear: 2018 });
    expect(find(rows, 'H', 2019).federal).toMatchObject({ status: 'behind', targetShare: 70, targetYear: 2018 });
  });

  it('rejects duplicate region-years and shares outside 0–100', () => {
    expect(() => assessAdoption([row('D', 2016, 40), row('D', 2016, 41)])).toThrow('two rows for region D in 2016');
    expect(() => assessAdoption([row('D', 2016, 0.4, 70.5), row('E', 2016, 140)])).toThrow('share 140');
  });
});
