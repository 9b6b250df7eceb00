/**
 * "Build your own rating" of a run rated before runs stored their own inputs (migration 0007): the run cannot be
 * replayed, so the page says so (409, in the page's language, with a link to the official ranking) and the payload
 * answers 409 `run_predates_stored_inputs` — never a 500. The harness's published run is such a run: its results are
 * inserted directly, with no stored inputs.
 */
import { describeEachDatabase } from '../../support/database.js';
import { call, startHarness, type Harness } from '../server-harness.js';

describeEachDatabase('build your own rating of a run without stored inputs on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('the page says it cannot be recomputed and links the official ranking', async () => {
    const response = await call(h, '/ratings/2023/build');
    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain('рассчитан до того, как расчёты стали хранить свои исходные данные');
    expect(page).toContain('href="/ratings/2023"');
    const english = await call(h, '/ratings/2023/build?lang=en');
    expect(english.status).toBe(409);
    expect(await english.text()).toContain('computed before runs stored their own inputs');
  });

  test('the payload answers 409 run_predates_stored_inputs', async () => {
    const response = await call(h, '/ratings/2023/build.json');
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('run_predates_stored_inputs');
  });
});
