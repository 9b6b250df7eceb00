/**
 * The OpenAPI document against real responses: every documented GET route is called (as an analyst, so drafts are
 * included) and its JSON body must conform to the documented schema — no missing and no undocumented fields.
 */
import { describeEachDatabase } from '../support/database.js';
import { checkSchema } from './schema-check.js';
import { call, startHarness, type Harness } from './server-harness.js';

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>
  >;
};

describeEachDatabase('OpenAPI document on $name', ({ open }) => {
  let h: Harness;
  let doc: Doc;
  beforeAll(async () => {
    h = await startHarness(open);
    await call(h, `/api/v1/runs/${h.draftRunId}/comments`, h.tokens.analyst, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ regionCode: h.ownRegion, body: 'ok' }),
    });
    doc = (await (await call(h, '/api/v1/openapi.json')).json()) as Doc;
  });
  afterAll(async () => {
    await h.stop();
  });

  test('is an OpenAPI 3.1 document that documents the routes the brief asks for', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/periods',
      '/periods/{period}/rating',
      '/regions/{code}',
      '/services',
      '/stages',
      '/runs/{id}/methodology',
      '/runs/{id}/downloads/{file}',
      '/ingest',
      '/programme/{year}',
      '/runs',
      '/runs/{id}/publish',
      '/runs/{id}/withdraw',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  test('every documented GET with a JSON schema matches the real response', async () => {
    const fill = (path: string) =>
      path
        .replace('{period}', '2023')
        .replace('{year}', '2023')
        .replace('{id}', String(h.draftRunId))
        .replace('{code}', h.ownRegion);
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      const schema = methods.get?.responses['200']?.content?.['application/json']?.schema;
      if (!schema) continue;
      const response = await call(h, `/api/v1${fill(path)}`, h.tokens.analyst);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      const body: unknown = await response.json();
      expect({ path, errors: checkSchema(body, schema, doc as unknown as Record<string, unknown>) }).toEqual({
        path,
        errors: [],
      });
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  test('every documented route is implemented: none answers 501 or "route … not found"', async () => {
    // An id that names no run: a POST reaches its handler (a route that is not implemented answers 501 whatever the id)
    // without publishing, withdrawing or commenting on anything.
    const fill = (path: string) =>
      path
        .replace('{period}', '2023')
        .replace('{year}', '2023')
        .replace('{id}', '999999')
        .replace('{code}', h.ownRegion)
        .replace('{file}', 'ranking.csv')
        .replace('{prefix}', 'none');
    const answers: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const response = await call(h, `/api/v1${fill(path)}`, h.tokens.analyst, {
          method: method.toUpperCase(),
          ...(method === 'post' ? { headers: { 'Content-Type': 'application/json' }, body: '{}' } : {}),
        });
        const body = (await response.text()).slice(0, 200);
        const unknownRoute = response.status === 404 && body.includes('"message":"route ');
        if (response.status === 501 || unknownRoute)
          answers.push(`${method.toUpperCase()} ${path}: ${response.status}`);
      }
    }
    expect(answers).toEqual([]);
  });

  test('errors follow the documented Error schema', async () => {
    const response = await call(h, `/api/v1/runs/${h.draftRunId}/ranking`);
    const errorSchema = { $ref: '#/components/schemas/Error' };
    expect(checkSchema(await response.json(), errorSchema, doc as unknown as Record<string, unknown>)).toEqual([]);
  });

  test('the checker itself rejects a wrong body', () => {
    const errors = checkSchema(
      { runs: [{ id: 'x' }] },
      { type: 'object', properties: { runs: { type: 'array', items: { $ref: '#/components/schemas/Run' } } } },
      doc as unknown as Record<string, unknown>,
    );
    expect(errors).toContain('$.runs[0].id: expected integer, got string');
  });
});
