import { summariseChannels } from '../../../../src/core/programme/channels/channel-summary.js';
import { TINY_LOG } from './tiny-log.js';

/**
 * Expected figures for the tiny log (see tiny-log.ts), worked by hand:
 * RU-TUL (8 applications)
 *   portal  2 (share 2/8): days to result 3, 7 → median 5; deadline: T1 2 ≤ 5 yes, T2 6 > 5 no → 1/2;
 *           refusals 1 of 2; ratings 5, 2 → 3.5
 *   mfc     2 (2/8): only T3 delivered, 5 days; decided T3 only, 4 ≤ 10 → 1; outcomes T3 issued → 0; rating 4
 *   mobile  3 (3/8): 1, 12, 4 → median 4; 1 ≤ 5, 10 ≤ 10 (the deadline day itself counts), 3 ≤ 10 → 1;
 *           refusals 1 of 3; ratings 5, 3 → 4
 *   paper   1 (1/8): 8 days; 5.5 > 5 → 0; refusals 0; no rating
 *   all     8: 1,3,4,5,7,8,12 → median 5; compliant 5 of 7 decided; refused 2 of 7 with outcome; 19/5 = 3.8 (5 ratings)
 * RU-KLU (2, both portal): K1 3 days (K2 not delivered) → 3; both decided within 10 → 1; no refusals; rating 4
 */
const expected = [
  ['RU-KLU', 'portal', 2, 1, 3, 1, 0, 4, 1],
  ['RU-KLU', 'all', 2, 1, 3, 1, 0, 4, 1],
  ['RU-TUL', 'portal', 2, 2 / 8, 5, 1 / 2, 1 / 2, 3.5, 2],
  ['RU-TUL', 'mfc', 2, 2 / 8, 5, 1, 0, 4, 1],
  ['RU-TUL', 'mobile_office', 3, 3 / 8, 4, 1, 1 / 3, 4, 2],
  ['RU-TUL', 'paper', 1, 1 / 8, 8, 0, 0, null, 0],
  ['RU-TUL', 'all', 8, 1, 5, 5 / 7, 2 / 7, 3.8, 5],
] as const;

describe('summariseChannels on the hand-made log', () => {
  const rows = summariseChannels(TINY_LOG);

  it('lists every region and channel present, with an all-channel row per region', () => {
    expect(rows.map((r) => [r.regionCode, r.channel])).toEqual(expected.map(([region, channel]) => [region, channel]));
  });

  it.each(expected)(
    '%s %s matches the hand-computed figures',
    (region, channel, n, share, medianDays, compliance, refusal, rating, ratings) => {
      const row = rows.find((r) => r.regionCode === region && r.channel === channel)!;
      expect(row.applications).toBe(n);
      expect(row.share).toBeCloseTo(share, 12);
      expect(row.medianDaysToResult).toBeCloseTo(medianDays, 9);
      expect(row.deadlineCompliance).toBeCloseTo(compliance, 12);
      expect(row.refusalShare).toBeCloseTo(refusal, 12);
      if (rating === null) expect(row.meanRating).toBeNull();
      else expect(row.meanRating).toBeCloseTo(rating, 12);
      expect(row.ratings).toBe(ratings);
    },
  );

  it('gives null figures rather than 0 when nothing was decided, delivered or rated', () => {
    const [row] = summariseChannels([TINY_LOG[3]]); // T4: submitted only
    expect(row).toMatchObject({
      applications: 1,
      medianDaysToResult: null,
      deadlineCompliance: null,
      refusalShare: null,
      meanRating: null,
    });
  });
});
