import { milestoneFor } from '../../../../src/core/programme/adoption/milestone.js';
import { FEDERAL_ADOPTION_TARGETS } from '../../../../src/core/programme/adoption/federal-targets.js';

describe('milestoneFor', () => {
  it('takes the next deadline, then holds the last one', () => {
    const roadMap = [
      { year: 2018, share: 70 },
      { year: 2016, share: 50 },
    ]; // order of the input does not matter
    expect(milestoneFor(roadMap, 2015)).toEqual({ year: 2016, share: 50 });
    expect(milestoneFor(roadMap, 2016)).toEqual({ year: 2016, share: 50 });
    expect(milestoneFor(roadMap, 2017)).toEqual({ year: 2018, share: 70 });
    expect(milestoneFor(roadMap, 2021)).toEqual({ year: 2018, share: 70 });
    expect(milestoneFor([], 2017)).toBeNull();
  });

  it('follows Decree 601: 40, 50, 60 and 70 % for 2015–2018, 70 % held afterwards', () => {
    expect([2014, 2015, 2016, 2017, 2018, 2020].map((y) => milestoneFor(FEDERAL_ADOPTION_TARGETS, y)!.share)).toEqual([
      40, 40, 50, 60, 70, 70,
    ]);
  });
});
