/**
 * The SQL channel figures must equal the pure ones on the same hand-made log (whose figures are worked by
 * hand in test/core/programme/channels/channel-summary.test.ts).
 */
import { summariseChannels, summariseMobileOffices } from '../../src/core/programme/index.js';
import { NATIONAL_CODE, queryChannelSummaries, queryMobileOffices } from '../../src/programme/channel-queries.js';
import { TINY_LOG } from '../core/programme/channels/tiny-log.js';
import { describeEachDatabase } from '../support/database.js';
import { insertApplications } from './insert-tiny-log.js';
import { municipalityName } from '../../src/reference/municipalities.js';

const rounded = <T>(rows: T[]): T[] =>
  JSON.parse(JSON.stringify(rows, (_, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v))) as T[];

describeEachDatabase('channel queries on $name', ({ open }) => {
  let database: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    database = await open();
    await insertApplications(database.db, TINY_LOG, 2024);
  });
  afterAll(async () => database.close());

  test('per region and channel they equal summariseChannels', async () => {
    const fromSql = await queryChannelSummaries(database.db, { year: 2024, regionCode: null });
    expect(rounded(fromSql)).toEqual(rounded(summariseChannels(TINY_LOG)));
  });

  test('for one region and for the nation they equal the pure figures on that subset', async () => {
    const tula = await queryChannelSummaries(database.db, { year: 2024, regionCode: 'RU-TUL' });
    expect(rounded(tula)).toEqual(rounded(summariseChannels(TINY_LOG.filter((a) => a.regionCode === 'RU-TUL'))));
    const nation = await queryChannelSummaries(database.db, { year: 2024, regionCode: null, national: true });
    expect(rounded(nation)).toEqual(
      rounded(summariseChannels(TINY_LOG.map((a) => ({ ...a, regionCode: NATIONAL_CODE })))),
    );
    expect(nation.find((r) => r.channel === 'all')!.applications).toBe(10);
  });

  test('mobile-office activity equals summariseMobileOffices at every grain', async () => {
    for (const grain of ['year', 'quarter', 'month'] as const) {
      expect(await queryMobileOffices(database.db, { year: 2024, regionCode: null, grain })).toEqual(
        summariseMobileOffices(TINY_LOG, grain, municipalityName),
      );
    }
  });

  test('municipalities carry their OKTMO 2019 names (70630000 is the Kurkino district of Tula Oblast)', async () => {
    const [tula] = await queryMobileOffices(database.db, { year: 2024, regionCode: null, grain: 'year' });
    expect(tula.municipalities.find((u) => u.oktmo === '70630000')?.name).toBe('Куркинский муниципальный район');
  });

  test('another year holds nothing', async () => {
    expect(await queryChannelSummaries(database.db, { year: 2023, regionCode: null })).toEqual([]);
  });
});
