/**
 * Issue 12 item 4: one headline methodology per period. A run of a second methodology for a period with a published
 * headline is refused without a choice (nothing changed, the message names the headline); --alongside publishes it
 * beside the headline, --headline makes it the headline (the other stays published); withdrawing the headline passes
 * it to the most recently published remaining run, and the changelog says so; the database keeps one headline per
 * period. The public reads (ranking JSON, pages) show the headline and link the other methodology.
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Database } from '../../src/db/connect.js';
import { PublishError, publishRun, withdrawRun } from '../../src/ratings/publish.js';
import { getChangelog, getPublishedRunOfPeriod, getRun } from '../../src/ratings/queries.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { pageHtml, type PageSources } from '../../src/web/pages/rendered-page.js';
import { renderRankingPage } from '../../src/web/pages/render-ranking.js';
import { runCli } from '../support/cli.js';
import { describeEachDatabase } from '../support/database.js';
import { TEMPLATE_DUMP } from '../support/paths.js';
import { squashHtml } from '../support/html.js';
import { catalogue, methodology, seed } from './fixture.js';

const at = (minute: number) => ({ actor: 'tester', role: 'operator', at: new Date(Date.UTC(2020, 0, 1, 10, minute)) });

async function rate(database: Database, id: string): Promise<number> {
  return (await ratePeriod(database, { period: 2019, methodology: methodology(id), catalogue, actor: 'tester' })).runId;
}

describeEachDatabase('one headline methodology per period on $name', ({ open }) => {
  let database: Database;
  let a: number;
  beforeEach(async () => {
    database = await open();
    await seed(database, 2019, { 'RU-SMO': [1, 1, 1, 0.5], 'RU-TUL': [1, 1, 1, 1], 'RU-TVE': [0, 0.5, 0, 0] });
    a = await rate(database, 'method-a');
    expect(await publishRun(database.db, a, at(0))).toMatchObject({ headline: true, headlineTakenFromRunId: null });
  });
  afterEach(async () => database.close());

  test('a second methodology without a choice is refused, naming the headline, and nothing changes', async () => {
    const b = await rate(database, 'method-b');
    const error: unknown = await publishRun(database.db, b, at(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect(error).toMatchObject({ code: 'headline_choice_required' });
    expect((error as Error).message).toContain(`period 2019 already has a headline methodology: run ${a} (method-a`);
    expect((error as Error).message).toContain('--headline');
    expect((error as Error).message).toContain('--alongside');
    expect(await getRun(database.db, b)).toMatchObject({ status: 'draft', version: null, headline: false });
    expect((await getPublishedRunOfPeriod(database.db, 2019))?.id).toBe(a);
  });

  test('--alongside publishes it beside the headline; the public reads show the headline and link the other', async () => {
    const b = await rate(database, 'method-b');
    expect(await publishRun(database.db, b, at(1), undefined, undefined, 'alongside')).toEqual({
      runId: b,
      version: 1,
      supersededRunId: null,
      headline: false,
      headlineTakenFromRunId: null,
    });
    expect((await getPublishedRunOfPeriod(database.db, 2019))?.id).toBe(a);
    expect((await getPublishedRunOfPeriod(database.db, 2019, 'method-b'))?.id).toBe(b);

    const reportsDir = mkdtempSync(join(tmpdir(), 'egov-headline-'));
    try {
      const sources = { db: database.db, reportsDir } as PageSources;
      const headlinePage = squashHtml(
        pageHtml(await renderRankingPage(sources, 2019, { lang: 'en' }, '/ratings/2019')),
      );
      expect(headlinePage).toContain('The headline methodology of the period: method-a 1.');
      expect(headlinePage).toContain('href="/ratings/2019?methodology=method-b&amp;lang=en"');
      const other = await renderRankingPage(sources, 2019, { lang: 'en', methodology: 'method-b' }, '/ratings/2019');
      const otherPage = squashHtml(pageHtml(other));
      expect(otherPage).toContain('The ranking by methodology method-b 1, published beside the headline one.');
      expect(otherPage).toContain('href="/ratings/2019?lang=en"');
      // a methodology with only a draft for the period is not found (embargo)
      const c = await rate(database, 'method-c');
      expect((await getRun(database.db, c))?.status).toBe('draft');
      const draft = await renderRankingPage(sources, 2019, { methodology: 'method-c' }, '/ratings/2019');
      expect(draft.status).toBe(404);
    } finally {
      rmSync(reportsDir, { recursive: true, force: true });
    }
  });

  test('--headline makes it the headline; withdrawing it passes the headline back, and the changelog says so', async () => {
    const b = await rate(database, 'method-b');
    expect(await publishRun(database.db, b, at(1), undefined, undefined, 'headline')).toMatchObject({
      headline: true,
      headlineTakenFromRunId: a,
    });
    expect((await getPublishedRunOfPeriod(database.db, 2019))?.id).toBe(b);
    expect(await getRun(database.db, a)).toMatchObject({ status: 'published', headline: false });

    // a correction of the headline methodology stays the headline without a choice
    const b2 = await rate(database, 'method-b');
    expect(await publishRun(database.db, b2, at(2), 'fixed')).toMatchObject({ supersededRunId: b, headline: true });

    expect(await withdrawRun(database.db, b2, at(3), 'methodology b retired')).toEqual({ headlinePassedTo: a });
    expect((await getPublishedRunOfPeriod(database.db, 2019))?.id).toBe(a);
    const changelog = new Map((await getChangelog(database.db)).map((e) => [e.runId, e]));
    expect(changelog.get(b2)).toMatchObject({ headline: false, headlinePassedTo: a });
    expect(changelog.get(b)).toMatchObject({ headline: false, headlinePassedTo: b2 });
    expect(changelog.get(a)).toMatchObject({ headline: true });

    // withdrawing the last published run leaves the period without a headline
    expect(await withdrawRun(database.db, a, at(4), 'all withdrawn')).toEqual({ headlinePassedTo: null });
    expect(await getPublishedRunOfPeriod(database.db, 2019)).toBeNull();
  });

  test('the database keeps exactly one headline per period', async () => {
    const b = await rate(database, 'method-b');
    await publishRun(database.db, b, at(1), undefined, undefined, 'alongside');
    await expect(
      database.db.updateTable('rating_run').set({ headline: true }).where('id', '=', b).execute(),
    ).rejects.toThrow(/rating_run_one_headline/);
  });
});

describe('egov publish and the headline', () => {
  let root: string;
  let dataDir: string;
  let a: number;
  let b: number;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'egov-headline-cli-'));
    dataDir = join(root, 'db');
    const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]) });
    const database = await connect({ pglite });
    await seed(database, 2019, { 'RU-SMO': [1, 1, 1, 0.5], 'RU-TUL': [1, 1, 1, 1], 'RU-TVE': [0, 0.5, 0, 0] });
    a = await rate(database, 'method-a');
    b = await rate(database, 'method-b');
    await database.close();
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('without --headline or --alongside a second methodology exits 2 naming the headline; --alongside publishes it', async () => {
    const config = { dataDir, reportsDir: join(root, 'reports') };
    const first = await runCli(['publish', '--run', String(a)], config);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`run ${a} published as version 1, the headline methodology of its period`);
    const refused = await runCli(['publish', '--run', String(b)], config);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`period 2019 already has a headline methodology: run ${a} (method-a, version 1)`);
    const both = await runCli(['publish', '--run', String(b), '--headline', '--alongside'], config);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--headline and --alongside exclude each other');
    const alongside = await runCli(['publish', '--run', String(b), '--alongside'], config);
    expect(alongside.code).toBe(0);
    expect(alongside.out).toContain(
      `run ${b} published as version 1, alongside the headline methodology of its period`,
    );
  }, 120_000);
});
