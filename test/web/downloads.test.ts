import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
