/**
 * Finding 3: a regional token reading its own region of a draft learns nothing of another region — no other region's
 * code, score or rank; the distance to the next place is a bare number. Analysts and published runs keep the full
 * `nextUp`.
 */
import { describeEachDatabase } from '../support/database.js';
import { expectedRootScore } from './fixtures.js';
import { call, startHarness, type Harness } from './server-harness.js';

const otherCodes = (text: string, own: string): string[] =>
  [...new Set(text.match(/RU-[A-Z]{2,3}/g) ?? [])].filter((c) => c !== own);

describeEachDatabase('draft figures of other regions on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('GET /runs/{draft}/regions/{own} with the own token: nextUp is {gap} only, no other region anywhere', async () => {
    // ownRegion is the first code, so take a region further down: the regional token of the third region.
    const third = (
      await h.database.db
        .selectFrom('api_token')
        .select('region_code')
        .where('region_code', 'is not', null)
        .where('region_code', '!=', h.ownRegion)
        .executeTakeFirstOrThrow()
    ).region_code!;
    const response = await call(h, `/api/v1/runs/${h.draftRunId}/regions/${third}`, h.tokens.regionalOther);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(otherCodes(text, third)).toEqual([]);
    const { result } = JSON.parse(text) as { result: { rank: number; nextUp: Record<string, unknown> } };
    expect(result.rank).toBe(3);
    // Scores drop by 0.5 a place by construction (fixtures.ts).
    expect(result.nextUp).toEqual({ gap: expect.closeTo(expectedRootScore(1, 3) - expectedRootScore(2, 3), 9) });
    const profile = await (await call(h, `/api/v1/regions/${third}`, h.tokens.regionalOther)).text();
    const draft = (
      JSON.parse(profile) as { results: { run: { id: number }; result: { nextUp: unknown } }[] }
    ).results.find((r) => r.run.id === h.draftRunId);
    expect(draft?.result.nextUp).toEqual({ gap: expect.any(Number) });
  });

  test("published runs and analysts keep the next region's code and rank", async () => {
    const published = (await (
      await call(h, `/api/v1/runs/${h.publishedRunId}/regions/${h.otherRegion}`, h.tokens.regionalOther)
    ).json()) as { result: { nextUp: unknown } };
    expect(published.result.nextUp).toEqual({ regionCode: h.ownRegion, rank: 1, gap: expect.closeTo(0.5, 9) });
    const analyst = (await (
      await call(h, `/api/v1/runs/${h.draftRunId}/regions/${h.otherRegion}`, h.tokens.analyst)
    ).json()) as { result: { nextUp: unknown } };
    expect(analyst.result.nextUp).toEqual({ regionCode: h.ownRegion, rank: 1, gap: expect.closeTo(0.5, 9) });
  });
});
