import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPublishedFiles } from '../../src/web/pages/publication-files.js';
import { writePublication } from '../../src/report/write-publication.js';
import { listExportFiles, runExportDir } from '../../src/web/routes/downloads.js';
import { fixtureModel } from '../report/tables/fixture-model.js';
import { standIns } from '../report/tables/stand-in-renderers.js';
import { describeEachDatabase } from '../support/database.js';
import { call, type Harness, startHarness } from './server-harness.js';

describeEachDatabase('downloads of a publication folder on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
    const dir = join(h.reportsDir, 'runs', String(h.publishedRunId));
    mkdirSync(join(dir, 'charts'), { recursive: true });
    writeFileSync(join(dir, 'charts', 'tile-map.png'), 'png bytes');
    writeFileSync(join(dir, 'secret.txt'), 'not in the manifest');
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        files: [{ file: 'ranking.csv' }, { file: 'charts/tile-map.png' }, { file: '../../etc/passwd' }],
      }),
    );
  });
  afterAll(async () => {
    await h.stop();
  });

  test('offers the files of the manifest, charts in their folder included, and nothing else', async () => {
    const res = await call(h, `/api/v1/runs/${h.publishedRunId}/downloads`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { files: { name: string }[] };
    expect(body.files.map((f) => f.name)).toEqual(['charts/tile-map.png', 'manifest.json', 'ranking.csv']);
    const chart = await call(h, `/api/v1/runs/${h.publishedRunId}/downloads/charts/tile-map.png`);
    expect(chart.status).toBe(200);
    expect(await chart.text()).toBe('png bytes');
  });

  test('refuses files outside the manifest and paths that climb out of the folder', async () => {
    expect((await call(h, `/api/v1/runs/${h.publishedRunId}/downloads/secret.txt`)).status).toBe(404);
    expect((await call(h, `/api/v1/runs/${h.publishedRunId}/downloads/charts/..%2F..%2Fmanifest.json`)).status).toBe(
      400,
    );
    expect((await call(h, `/api/v1/runs/${h.publishedRunId}/downloads/a/b/c.png`)).status).toBe(400);
  });

  test('keeps drafts embargoed for the public', async () => {
    expect((await call(h, `/api/v1/runs/${h.draftRunId}/downloads/ranking.csv`)).status).toBe(404);
  });
});

describe('the manifest of an export whose file names carry DRAFT / SYNTHETIC', () => {
  let reportsDir: string;
  beforeAll(() => {
    reportsDir = mkdtempSync(join(tmpdir(), 'egov-marked-manifest-'));
  });
  afterAll(() => rmSync(reportsDir, { recursive: true, force: true }));

  const writeManifest = (runId: number, name: string, files: string[], at: Date): void => {
    const dir = join(reportsDir, 'runs', String(runId));
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ files: files.map((file) => ({ file, kind: 'csv' })) }));
    utimesSync(path, at, at);
  };

  test('a draft synthetic export is offered by its marked manifest, which is offered too', async () => {
    writeManifest(1, 'manifest-DRAFT-SYNTHETIC.json', ['ranking-2019-DRAFT-SYNTHETIC.csv'], new Date(2026, 0, 1));
    expect(await listExportFiles(reportsDir, 1)).toEqual([
      'manifest-DRAFT-SYNTHETIC.json',
      'ranking-2019-DRAFT-SYNTHETIC.csv',
    ]);
    expect((await readPublishedFiles(reportsDir, 1)).map((f) => [f.file, f.kind])).toEqual([
      ['manifest-DRAFT-SYNTHETIC.json', 'manifest'],
      ['ranking-2019-DRAFT-SYNTHETIC.csv', 'csv'],
    ]);
  });

  test('a folder exported as a draft and again once published offers the later export', async () => {
    writeManifest(2, 'manifest-DRAFT.json', ['ranking-2019-DRAFT.csv'], new Date(2026, 0, 1));
    writeManifest(2, 'manifest.json', ['ranking-2019.csv'], new Date(2026, 0, 2));
    expect(await listExportFiles(reportsDir, 2)).toEqual(['manifest.json', 'ranking-2019.csv']);
  });
});

describeEachDatabase('the ZIP of every file of a run on $name', ({ open }) => {
  let h: Harness;
  let zip: Buffer;
  beforeAll(async () => {
    h = await startHarness(open);
    const model = fixtureModel();
    const published = { ...model, synthetic: false, run: { ...model.run, id: h.publishedRunId } };
    const draft = {
      ...model,
      synthetic: false,
      run: { ...model.run, id: h.draftRunId, status: 'draft', version: null },
    };
    // the harness's stand-in export of each run is replaced by a real one
    for (const id of [h.publishedRunId, h.draftRunId])
      rmSync(runExportDir(h.reportsDir, id), { recursive: true, force: true });
    await writePublication(published, runExportDir(h.reportsDir, h.publishedRunId), {
      lang: 'ru',
      renderers: standIns,
    });
    await writePublication(draft, runExportDir(h.reportsDir, h.draftRunId), { lang: 'ru', renderers: standIns });
    zip = readFileSync(join(runExportDir(h.reportsDir, h.publishedRunId), 'rating-2018-all-files.zip'));
  });
  afterAll(async () => {
    await h.stop();
  });

  test('a published run: the ZIP is offered and answers 200 as application/zip, byte for byte', async () => {
    const list = (await (await call(h, `/api/v1/runs/${h.publishedRunId}/downloads`)).json()) as {
      files: { name: string }[];
    };
    expect(list.files.map((f) => f.name)).toContain('rating-2018-all-files.zip');
    const res = await call(h, `/api/v1/runs/${h.publishedRunId}/downloads/rating-2018-all-files.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain('rating-2018-all-files.zip');
    expect(Buffer.from(await res.arrayBuffer()).equals(zip)).toBe(true);
  });

  test("a draft's ZIP is not public", async () => {
    expect(existsSync(join(runExportDir(h.reportsDir, h.draftRunId), 'rating-2018-DRAFT-all-files.zip'))).toBe(true);
    const res = await call(h, `/api/v1/runs/${h.draftRunId}/downloads/rating-2018-DRAFT-all-files.zip`);
    expect(res.status).toBe(404);
  });
});
