/**
 * The embargo, proven route × role × run state. Expected access is written from the rule, not from the code:
 * a published run is readable by everyone; a draft is readable in full only by a federal analyst; a regional token
 * reads a draft's summary and its OWN region's rows only; everyone else gets 404 (the draft does not exist for them).
 */
import { describeEachDatabase } from '../support/database.js';
import { call, startHarness, type Harness } from './server-harness.js';

type Role = 'public' | 'analyst' | 'regionalOwn' | 'regionalOther';
type Scope = 'whole' | 'summary' | 'ownRegion' | 'otherRegion';
const ROLES: Role[] = ['public', 'analyst', 'regionalOwn', 'regionalOther'];

function allowedOnDraft(scope: Scope, role: Role): boolean {
  if (role === 'analyst') return true;
  if (scope === 'summary') return role === 'regionalOwn' || role === 'regionalOther';
  if (scope === 'ownRegion') return role === 'regionalOwn';
  return false;
}

const ROUTES: { name: string; scope: Scope; path: (h: Harness, run: number) => string }[] = [
  { name: 'run summary', scope: 'summary', path: (_h, run) => `/api/v1/runs/${run}` },
  { name: 'ranking', scope: 'whole', path: (_h, run) => `/api/v1/runs/${run}/ranking` },
  { name: 'methodology', scope: 'whole', path: (_h, run) => `/api/v1/runs/${run}/methodology` },
  { name: 'downloads list', scope: 'whole', path: (_h, run) => `/api/v1/runs/${run}/downloads` },
  { name: 'download file', scope: 'whole', path: (_h, run) => `/api/v1/runs/${run}/downloads/ranking.csv` },
  { name: 'own region in run', scope: 'ownRegion', path: (h, run) => `/api/v1/runs/${run}/regions/${h.ownRegion}` },
  {
    name: 'other region in run',
    scope: 'otherRegion',
    path: (h, run) => `/api/v1/runs/${run}/regions/${h.otherRegion}`,
  },
];

const tokenOf = (h: Harness, role: Role): string | undefined => (role === 'public' ? undefined : h.tokens[role]);

describeEachDatabase('access matrix on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
  });
  afterAll(async () => {
    await h.stop();
  });

  const cases = ROUTES.flatMap((route) =>
    ROLES.flatMap((role) => (['published', 'draft'] as const).map((state) => ({ route, role, state }))),
  );

  test.each(cases)('$route.name × $role × $state', async ({ route, role, state }) => {
    const run = state === 'published' ? h.publishedRunId : h.draftRunId;
    const response = await call(h, route.path(h, run), tokenOf(h, role));
    const allowed = state === 'published' || allowedOnDraft(route.scope, role);
    expect(response.status).toBe(allowed ? 200 : 404);
    if (!allowed) {
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('not_found');
    } else if (route.name === 'download file') {
      expect(await response.text()).toBe(`run,${run}\n`);
    }
  });

  test.each(ROLES)('listings never show the draft to %s unless allowed', async (role) => {
    const token = tokenOf(h, role);
    const periods = (await (await call(h, '/api/v1/periods', token)).json()) as {
      periods: { period: number; runs: { id: number }[] }[];
    };
    const periodRunIds = periods.periods.flatMap((p) => p.runs.map((r) => r.id));
    expect(periodRunIds.includes(h.draftRunId)).toBe(role === 'analyst');
    expect(periodRunIds).toContain(h.publishedRunId);
    const runs = (await (await call(h, '/api/v1/runs', token)).json()) as { runs: { id: number }[] };
    expect(runs.runs.some((r) => r.id === h.draftRunId)).toBe(allowedOnDraft('summary', role));
    const own = (await (await call(h, `/api/v1/regions/${h.ownRegion}`, token)).json()) as {
      results: { run: { id: number } }[];
    };
    expect(own.results.some((r) => r.run.id === h.draftRunId)).toBe(allowedOnDraft('ownRegion', role));
    const other = (await (await call(h, `/api/v1/regions/${h.otherRegion}`, token)).json()) as {
      results: { run: { id: number } }[];
    };
    expect(other.results.some((r) => r.run.id === h.draftRunId)).toBe(allowedOnDraft('otherRegion', role));
    const changelog = (await (await call(h, '/api/v1/changelog', token)).json()) as { changelog: { runId: number }[] };
    expect(changelog.changelog.map((c) => c.runId)).toEqual([h.publishedRunId]);
    expect((await call(h, '/api/v1/periods/2024/rating', token)).status).toBe(404);
    expect((await call(h, '/ratings/2024', token)).status).toBe(404);
  });

  test('draft comments: own region and analysts may write, others get 404, the public 401; published runs are closed', async () => {
    const post = (role: Role, run: number) =>
      call(h, `/api/v1/runs/${run}/comments`, tokenOf(h, role), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ regionCode: h.ownRegion, body: 'Проверьте услугу А' }),
      });
    expect((await post('public', h.draftRunId)).status).toBe(401);
    expect((await post('regionalOther', h.draftRunId)).status).toBe(404);
    expect((await post('regionalOwn', h.draftRunId)).status).toBe(201);
    expect((await post('analyst', h.draftRunId)).status).toBe(201);
    expect((await post('regionalOwn', h.publishedRunId)).status).toBe(403);
    const seenByOther = (await (
      await call(h, `/api/v1/runs/${h.draftRunId}/comments`, h.tokens.regionalOther)
    ).json()) as { comments: unknown[] };
    expect(seenByOther.comments).toEqual([]);
    const seenByAnalyst = (await (await call(h, `/api/v1/runs/${h.draftRunId}/comments`, h.tokens.analyst)).json()) as {
      comments: unknown[];
    };
    expect(seenByAnalyst.comments).toHaveLength(2);
    const audit = await h.database.db
      .selectFrom('audit_log')
      .select(['action', 'target'])
      .where('action', '=', 'comment.create')
      .execute();
    expect(audit).toHaveLength(2);
  });
});
