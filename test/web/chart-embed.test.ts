/**
 * Chart SVGs through the site: the region page offers, under each chart, the HTML to embed the chart's SVG with its
 * absolute URL; that URL answers 200 with image/svg+xml under a CSP that runs nothing for a published run, and the
 * same file of a draft answers 404 to the public.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEachDatabase } from '../support/database.js';
import { call, type Harness, startHarness } from './server-harness.js';

const SVG =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>t</title></svg>';

function writeExport(h: Harness, runId: number, region: string): void {
  const dir = join(h.reportsDir, 'runs', String(runId));
  mkdirSync(join(dir, 'charts'), { recursive: true });
  const files = [
    { file: `charts/region-stages-${region}.png`, kind: 'chart:region-stages', region, body: 'png bytes' },
    { file: `charts/region-stages-${region}.svg`, kind: 'chart:region-stages', region, body: SVG },
  ];
  for (const f of files) writeFileSync(join(dir, f.file), f.body);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ files: files.map(({ file, kind, region: r }) => ({ file, kind, region: r, bytes: 1 })) }),
  );
}

describeEachDatabase('chart embed snippets on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open, { config: { reportsDir: '', publicUrl: 'https://egov.example.ru' } });
    writeExport(h, h.publishedRunId, h.ownRegion);
    writeExport(h, h.draftRunId, h.ownRegion);
  });
  afterAll(async () => {
    await h.stop();
  });

  const snippet = async (lang: string) => {
    const page = await (await call(h, `/regions/${h.ownRegion}${lang}`)).text();
    const code = /<details class="embed">[^]*?<textarea[^>]*>([^<]*)<\/textarea>/.exec(page)?.[1] ?? '';
    // the page shows the code as text: unescape it as a reader's copy would (HTML drops a newline right after <textarea>)
    return {
      page,
      code: code
        .replace(/^\n/, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    };
  };

  test('the region page offers the <img> HTML of the chart SVG with its absolute URL, in Russian and English', async () => {
    const ru = await snippet('');
    expect(ru.page).toContain('Встроить график на свой сайт');
    expect(ru.code).toMatch(
      new RegExp(
        `^<img src="https://egov\\.example\\.ru/api/v1/runs/${h.publishedRunId}/downloads/charts/region-stages-${h.ownRegion}\\.svg" alt="Этапы получения услуги: [^"]+" width="1000"`,
      ),
    );
    expect(ru.code).not.toMatch(/<iframe|<script/);
    const en = await snippet('?lang=en');
    expect(en.page).toContain('Embed this chart on your site');
    expect(en.code).toMatch(/alt="Stages of a service: /);
  });

  test('the snippet URL answers 200 with image/svg+xml and a CSP that runs nothing; a draft’s chart is 404', async () => {
    const { code } = await snippet('');
    const url = new URL(/src="([^"]+)"/.exec(code)![1]!);
    const res = await call(h, url.pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(SVG);
    const draft = url.pathname.replace(`/runs/${h.publishedRunId}/`, `/runs/${h.draftRunId}/`);
    expect(draft).not.toBe(url.pathname);
    expect((await call(h, draft)).status).toBe(404);
  });
});
