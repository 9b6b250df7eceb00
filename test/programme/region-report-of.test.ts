/**
 * A region's programme report cut from the national one (what the store of published content serves) equals the
 * report loaded for the region from the database, for every grain and for regions with and without data.
 */
import { loadProgrammeReport } from '../../src/programme/load.js';
import { regionReportOf } from '../../src/programme/region-report-of.js';
import { describeEachDatabase } from '../support/database.js';
import { seedProgramme } from './seed-programme.js';

describeEachDatabase('regionReportOf on $name', ({ open }) => {
  let database: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    database = await open();
    await seedProgramme(database.db);
  });
  afterAll(async () => database.close());

  test.each(['year', 'quarter', 'month'] as const)('equals the loaded region report at grain %s', async (grain) => {
    const nation = await loadProgrammeReport(database.db, { year: 2024, grain });
    for (const code of ['RU-TUL', 'RU-KLU', 'RU-MOW']) {
      const loaded = await loadProgrammeReport(database.db, { year: 2024, regionCode: code, grain });
      const cut = regionReportOf(
        nation,
        nation.regions.find((r) => r.code === code)!,
      );
      expect(JSON.stringify(cut)).toBe(JSON.stringify(loaded));
    }
    // The cut keeps the region's own rows only: Tula has applications in the hand-made log, Moscow none.
    const tula = regionReportOf(
      nation,
      nation.regions.find((r) => r.code === 'RU-TUL')!,
    );
    expect(new Set(tula.channels.regions.map((c) => c.regionCode))).toEqual(new Set(['RU-TUL']));
    expect(tula.adoption.regions.map((a) => a.year)).toEqual([2022, 2023, 2024]);
    const moscow = regionReportOf(
      nation,
      nation.regions.find((r) => r.code === 'RU-MOW')!,
    );
    expect(moscow.channels.regions).toEqual([]);
  });
});
