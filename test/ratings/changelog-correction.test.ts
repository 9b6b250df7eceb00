/**
 * Issue #12 item 2: the changelog says when a correction replaced a published run, with its reason. A second run of
 * a published period, published with a reason, appears as a correction naming the run it supersedes and the reason;
 * the replaced run stays listed, withdrawn, with "superseded by run N: <reason>". Without a reason it is refused.
 */
import type { Database } from '../../src/db/connect.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';
import { PublishError, publishRun } from '../../src/ratings/publish.js';
import { getChangelog } from '../../src/ratings/queries.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { describeEachDatabase } from '../support/database.js';
import { METHOD, seedRatedRuns } from '../report/tables/seed-run.js';

describeEachDatabase('the changelog names corrections on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(async () => database.close());

  test('a correction replaces the published run, with its reason, and the changelog says so', async () => {
    const original = await seedRatedRuns(database);
    const catalogue = loadCatalogue();
    const methodology = loadMethodologyText(METHOD, catalogueLists(catalogue));
    const { runId } = await ratePeriod(database, { period: 2018, methodology, catalogue, actor: 'tester' });
    const who = { actor: 'tester', role: 'operator', at: new Date('2026-12-01T12:00:00Z') };
    await expect(publishRun(database.db, runId, who)).rejects.toBeInstanceOf(PublishError);
    const outcome = await publishRun(database.db, runId, who, 'Tula corrected its 2018 figures');
    expect(outcome).toEqual({
      runId,
      version: 2,
      supersededRunId: original,
      headline: true,
      headlineTakenFromRunId: null,
    });
    const changelog = await getChangelog(database.db);
    expect(changelog.find((e) => e.runId === runId)).toMatchObject({
      runId,
      period: 2018,
      version: 2,
      supersedesRunId: original,
      correctionReason: 'Tula corrected its 2018 figures',
      withdrawnAt: null,
    });
    expect(changelog.find((e) => e.runId === original)).toMatchObject({
      version: 1,
      withdrawnAt: expect.any(String),
      withdrawnReason: `superseded by run ${runId}: Tula corrected its 2018 figures`,
    });
  }, 120_000);
});
