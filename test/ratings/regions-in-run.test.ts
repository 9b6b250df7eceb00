/** getRegionsInRun answers, for every region at once, exactly what getRegionInRun answers region by region. */
import { getRegionInRun } from '../../src/ratings/queries.js';
import { getRegionsInRun } from '../../src/ratings/regions-in-run.js';
import { describeEachDatabase } from '../support/database.js';
import { regionCodes, seedMethodology, seedRun } from '../web/fixtures.js';

describeEachDatabase('getRegionsInRun on $name', ({ open }) => {
  test('equals getRegionInRun for every region, including the leader (no next place) and the ranked ones', async () => {
    const database = await open();
    try {
      await seedMethodology(database.db);
      const runId = await seedRun(database.db, { period: 2023, status: 'published' });
      const all = await getRegionsInRun(database.db, runId);
      const codes = await regionCodes(database.db);
      expect(all.size).toBe(codes.length);
      for (const code of codes)
        expect([code, all.get(code)]).toEqual([code, await getRegionInRun(database.db, runId, code)]);
      const leader = [...all.values()].find((r) => r.rank === 1)!;
      expect(leader.nextUp).toBeNull();
      const second = [...all.values()].find((r) => r.rank === 2)!;
      expect(second.nextUp).toMatchObject({ regionCode: leader.regionCode, rank: 1 });
      expect(second.nextUp!.gap).toBeCloseTo(leader.score! - second.score!, 12);
    } finally {
      await database.close();
    }
  });
});
