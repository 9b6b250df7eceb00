/**
 * Issue 12 item 7a: with 2018 missing (2017 and 2019 published), `egov rate`'s summary, the API's ranking (the read
 * model it serves) and the export's ranking table (CSV / XLSX "places gained") report the same rank changes and name
 * 2017 as the period compared with. Hand-worked (goalposts 0..1 → 0..100, means):
 *   2017: Smolensk 100 (1), Tula 50 (2), Tver 0 (3);  2019: Tula 100 (1), Smolensk 87.5 (2), Tver 12.5 (3)
 *   places gained: Tula +1, Smolensk −1, Tver 0.
 */
import { publishRun } from '../../src/ratings/publish.js';
import { getRanking, getRun } from '../../src/ratings/queries.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { rankingTable } from '../../src/report/csv/tables.js';
import { loadPublicationModel } from '../../src/report/load-model.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';
import { describeEachDatabase } from '../support/database.js';
import { seedMeasurements, STATUS_THEN_APPEAL } from '../support/seed-measurements.js';
import { METHOD, Y2017, Y2018 } from '../report/tables/seed-run.js';
import { catalogue } from './fixture.js';

const WHO = { actor: 'tester', role: 'operator', at: new Date('2020-01-01T00:00:00Z') };
const GAINED = { 'RU-TUL': 1, 'RU-SMO': -1, 'RU-TVE': 0 };

describeEachDatabase('a missing year on $name', ({ open }) => {
  test('rate, the API ranking and the export table report the same changes against 2017', async () => {
    const database = await open();
    try {
      const methodology = loadMethodologyText(METHOD, catalogueLists(catalogue));
      await seedMeasurements(database, 2017, STATUS_THEN_APPEAL, Y2017);
      await seedMeasurements(database, 2019, STATUS_THEN_APPEAL, Y2018);
      const y2017 = await ratePeriod(database, { period: 2017, methodology, catalogue, actor: 'tester' });
      await publishRun(database.db, y2017.runId, WHO);
      const rated = await ratePeriod(database, { period: 2019, methodology, catalogue, actor: 'tester' });
      expect(rated.previous).toEqual({ runId: y2017.runId, period: 2017 });
      const fromRate = Object.fromEntries(
        rated.ranking.filter((r) => r.region in GAINED).map((r) => [r.region, r.change]),
      );
      expect(fromRate).toEqual(GAINED);
      await publishRun(database.db, rated.runId, WHO);

      const run = (await getRun(database.db, rated.runId))!;
      const fromApi = (await getRanking(database.db, run)).filter((r) => r.regionCode in GAINED);
      expect(new Set(fromApi.map((r) => r.change?.previousPeriod))).toEqual(new Set([2017]));
      expect(Object.fromEntries(fromApi.map((r) => [r.regionCode, r.change?.rankDelta]))).toEqual(GAINED);

      const model = await loadPublicationModel(database.db, rated.runId);
      expect(model.previousPeriod).toBe(2017);
      const table = rankingTable(model, 'en');
      const code = table.header.indexOf('region_code');
      const gained = table.header.indexOf('places_gained');
      const fromExport = Object.fromEntries(
        table.rows.filter((r) => String(r[code]) in GAINED).map((r) => [r[code], r[gained]]),
      );
      expect(fromExport).toEqual(GAINED);
    } finally {
      await database.close();
    }
  });
});
