/**
 * Charts drawn by worker threads (render-pool.ts) are the bytes (PNG and SVG) the calling thread draws, each reaches `save` under
 * its own index, and a chart that fails to draw rejects the whole job.
 */
import { createHash } from 'node:crypto';
import { planCharts } from '../../../src/report/charts/plan.js';
import { drawCharts } from '../../../src/report/charts/render-pool.js';
import { fixtureModel } from '../tables/fixture-model.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function drawAll(threads: number): Promise<string[]> {
  const model = fixtureModel();
  const { draws } = planCharts(model, 'en');
  const out: string[] = new Array(draws.length);
  await drawCharts(
    model,
    'en',
    draws,
    async (i, { png, svg }) => {
      out[i] = `${sha(png)} ${sha(svg)}`;
    },
    threads,
    0,
  );
  return out;
}

describe('the chart pool', () => {
  test('two worker threads draw exactly the bytes the calling thread draws, each under its own index', async () => {
    const here = await drawAll(1);
    expect(here.length).toBeGreaterThanOrEqual(8);
    expect(here.every((h) => /^[0-9a-f]{64} [0-9a-f]{64}$/.test(h))).toBe(true);
    expect(await drawAll(2)).toEqual(here);
  });

  test('a chart that cannot be drawn rejects, naming it', async () => {
    const model = fixtureModel();
    const { draws } = planCharts(model, 'en');
    const broken = [
      ...draws,
      { kind: 'spec' as const, spec: { ...(draws[0] as { spec: object }).spec, series: null } as never },
    ];
    await expect(drawCharts(model, 'en', broken, async () => undefined, 2, 0)).rejects.toThrow(
      new RegExp(`chart ${broken.length} of ${broken.length}`),
    );
  });
});
