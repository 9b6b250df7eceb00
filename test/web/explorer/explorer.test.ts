/**
 * "Build your own rating": the page's own bundle (/assets/explorer.js, the project's core bundled by esbuild), run
 * outside a browser on the run's published JSON, gives exactly what `egov score --weight … --aggregation …` gives on
 * the same run's data, and the hand-worked values of explorer-server.ts. Drafts never reach the explorer; without
 * JavaScript the page is the official ranking, under the strict CSP.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { readRunInputs } from '../../../src/ratings/run-inputs.js';
import { ratePeriod } from '../../../src/ratings/rate-period.js';
import { loadMethodologyText } from '../../../src/methodology/load.js';
import { catalogueLists } from '../../../src/ratings/catalogue-lists.js';
import { loadCatalogue } from '../../../src/reference/catalogue.js';
import type { ExplorerPayload } from '../../../src/web/explorer/explorer-payload.js';
import type { ExplorerRow } from '../../../src/web/explorer/explorer-ranking.js';
import type { WeightChoice, WeightableNodes } from '../../../src/core/explorer/weight-choice.js';
import { runCli } from '../../support/cli.js';
import { describeEachDatabase } from '../../support/database.js';
import { METHOD } from '../../report/tables/seed-run.js';
import { startExplorerServer, type ExplorerServer } from './explorer-server.js';

interface BundleApi {
  explorerRanking(payload: ExplorerPayload, choice: WeightChoice, lang: 'ru' | 'en'): ExplorerRow[];
  parseWeightChoice(fragment: string, nodes: WeightableNodes): WeightChoice;
}

/** Runs the served bundle in a fresh context without a DOM (its page code stays idle) and takes its functions. */
function loadBundle(code: string): BundleApi {
  const context: Record<string, unknown> = { URLSearchParams };
  context.globalThis = context;
  runInNewContext(code, context);
  return context.egovExplorer as BundleApi;
}

interface ScoreChange {
  unit: string;
  scoreAfter: number | null;
  rankAfter: number | null;
}

describeEachDatabase('build your own rating on $name', ({ open }) => {
  let s: ExplorerServer;
  let work: string;
  beforeAll(async () => {
    s = await startExplorerServer(open);
    work = mkdtempSync(join(tmpdir(), 'egov-explorer-score-'));
  });
  afterAll(async () => {
    await s?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('the bundle reweights the published run exactly as egov score --weight does, and as worked by hand', async () => {
    const bundleResponse = await fetch(`${s.url}/assets/explorer.js`);
    expect(bundleResponse.status).toBe(200);
    expect(bundleResponse.headers.get('content-type')).toMatch(/javascript/);
    const api = loadBundle(await bundleResponse.text());
    const payload = (await (await fetch(`${s.url}/ratings/2018/build.json`)).json()) as ExplorerPayload;
    expect(payload.services.map((x) => [x.id, x.weight])).toEqual([
      ['marriage_registration', 1],
      ['hunting_licence', 1],
    ]);
    expect(payload.stages.map((x) => x.id).sort()).toEqual(['appeal', 'status']);

    const choice = api.parseWeightChoice('#s.marriage_registration=3&t.status=0.25', payload.nodes);
    const rows = api.explorerRanking(payload, choice, 'en').filter((r) => r.rank !== null);
    expect(rows.map((r) => [r.code, r.rank, r.officialRank, r.change])).toEqual([
      ['RU-SMO', 1, 2, 1],
      ['RU-TUL', 2, 1, -1],
      ['RU-TVE', 3, 3, 0],
    ]);
    expect(rows[0].score).toBeCloseTo(75, 10);
    expect(rows[1].score).toBeCloseTo(57.5, 10);
    expect(rows[2].score).toBeCloseTo(45, 10);

    // egov score on the same run's data (its stored input snapshot as a wide CSV) and methodology.
    const inputs = await readRunInputs(s.database.db, s.runId);
    const { units, indicators, values } = inputs.dataset;
    const csv = [
      ['unit', ...indicators].join(','),
      ...units.map((u, i) =>
        [
          u,
          ...indicators.map((_, j) =>
            Number.isNaN(values[i * indicators.length + j]) ? '' : String(values[i * indicators.length + j]),
          ),
        ].join(','),
      ),
    ].join('\n');
    writeFileSync(join(work, 'data.csv'), `${csv}\n`);
    writeFileSync(join(work, 'method.json'), METHOD);
    const score = async (extra: string[]) => {
      const run = await runCli([
        'score',
        '--methodology',
        join(work, 'method.json'),
        '--data',
        join(work, 'data.csv'),
        ...extra,
        '--json',
      ]);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      return new Map((JSON.parse(run.out) as { whatIf: ScoreChange[] }).whatIf.map((c) => [c.unit, c]));
    };
    const same = (ours: ExplorerRow[], theirs: Map<string, ScoreChange>) => {
      expect(theirs.size).toBe(units.length);
      for (const row of ours) {
        const cli = theirs.get(row.code)!;
        expect([row.code, row.rank, row.score]).toEqual([
          row.code,
          Number.isNaN(cli.rankAfter ?? NaN) ? null : cli.rankAfter,
          Number.isNaN(cli.scoreAfter ?? NaN) ? null : cli.scoreAfter,
        ]);
      }
    };
    same(
      api.explorerRanking(payload, choice, 'en'),
      await score([
        '--weight',
        'marriage_registration=3',
        'marriage_registration.status=0.25',
        'hunting_licence.status=0.25',
      ]),
    );

    // Harmonic means of every node (all scores here are > 0 where it matters, or the core says why not).
    const harmonic = api.parseWeightChoice('s.hunting_licence=2&a=harmonic', payload.nodes);
    expect(harmonic).toEqual({ services: { hunting_licence: 2 }, stages: {}, aggregation: 'harmonic' });
    // (an error thrown inside the bundle's context is not an instance of this realm's Error)
    let ours: ExplorerRow[] | { message: string };
    try {
      ours = api.explorerRanking(payload, harmonic, 'en');
    } catch (error) {
      ours = { message: (error as Error).message };
    }
    const cli = await runCli([
      'score',
      '--methodology',
      join(work, 'method.json'),
      '--data',
      join(work, 'data.csv'),
      '--weight',
      'hunting_licence=2',
      '--aggregation',
      'harmonic',
      '--json',
    ]);
    if (!Array.isArray(ours)) {
      expect(cli.code).toBe(2);
      expect(ours.message).toContain('harmonic: value 0 is not > 0');
      expect(cli.err).toContain(ours.message);
    } else {
      expect(cli.err).toBe('');
      expect(cli.code).toBe(0);
      same(ours, new Map((JSON.parse(cli.out) as { whatIf: ScoreChange[] }).whatIf.map((c) => [c.unit, c])));
    }
  });

  test('without changes the bundle gives the official ranking; a damaged link falls back to the official weights', async () => {
    const api = loadBundle(await (await fetch(`${s.url}/assets/explorer.js`)).text());
    const payload = (await (await fetch(`${s.url}/ratings/2018/build.json`)).json()) as ExplorerPayload;
    const damaged = api.parseWeightChoice(
      '#s.nope=2&s.marriage_registration=-1&t.status=1e9&a=copeland&x',
      payload.nodes,
    );
    expect(damaged).toEqual({ services: {}, stages: {}, aggregation: null });
    const rows = api.explorerRanking(payload, damaged, 'ru');
    for (const row of rows) {
      expect(row.rank).toBe(row.officialRank);
      if (row.score !== null) expect(row.score).toBeCloseTo(row.officialScore!, 9);
    }
    expect(rows.slice(0, 3).map((r) => [r.code, r.rank, r.score])).toEqual([
      ['RU-TUL', 1, 65],
      ['RU-SMO', 2, 50],
      ['RU-TVE', 3, 35],
    ]);
  });

  test('the page shows the official ranking without JavaScript, loads its script from self only, and no draft leaks', async () => {
    const page = await fetch(`${s.url}/ratings/2018/build?lang=en`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const text = await page.text();
    expect(text).toContain('<script src="/assets/explorer.js" defer></script>');
    expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(text).toContain('Recomputing needs JavaScript; below is the official ranking.');
    const order = [...text.matchAll(/<tr data-unit="([A-Z-]+)">/g)].map((m) => m[1]).slice(0, 3);
    expect(order).toEqual(['RU-TUL', 'RU-SMO', 'RU-TVE']);
    expect(text).toMatch(/<input[^>]*type="range"[^>]*id="s.marriage_registration"[^>]*disabled/);

    // A draft of another period: neither its page nor its data is served.
    const catalogue = loadCatalogue();
    const draft = await ratePeriod(s.database, {
      period: 2018 + 1,
      methodology: loadMethodologyText(METHOD, catalogueLists(catalogue)),
      catalogue,
      actor: 'tester',
    }).catch(() => null);
    expect((await fetch(`${s.url}/ratings/2019/build.json`)).status).toBe(404);
    expect((await fetch(`${s.url}/ratings/2019/build`)).status).toBe(404);
    expect((await fetch(`${s.url}/ratings/20x8/build.json`)).status).toBe(404);
    expect(draft === null || draft.runId > s.runId).toBe(true);
  });
});
