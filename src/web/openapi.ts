/**
 * The OpenAPI 3.1 document of /api/v1. Schemas are JSON Schema 2020-12 (type arrays for nullable); test/web checks
 * real responses of every read route against them, so the document cannot drift from the code unnoticed.
 */
import { PROGRAMME_QUERY, PROGRAMME_SCHEMAS } from './openapi-programme.js';

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const nullable = (type: string) => ({ type: [type, 'null'] });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: unknown) => ({ type: 'array', items });

const interval = { oneOf: [{ type: 'null' }, obj({ median: num, q05: num, q95: num })] };

export const SCHEMAS = {
  Error: obj({ error: obj({ code: str, message: str }, ['code', 'message']) }),
  Run: obj({
    id: int,
    period: int,
    status: { enum: ['draft', 'published', 'withdrawn'] },
    version: nullable('integer'),
    methodology: obj({ id: str, version: str, hash: str }),
    synthetic: { type: 'boolean' },
    supersedesRunId: nullable('integer'),
    correctionReason: nullable('string'),
    createdAt: str,
    publishedAt: nullable('string'),
    withdrawnAt: nullable('string'),
    withdrawnReason: nullable('string'),
    headline: { type: 'boolean' },
  }),
  RankingEntry: obj({
    rank: nullable('integer'),
    regionCode: str,
    nameRu: str,
    nameEn: str,
    federalDistrict: str,
    score: nullable('number'),
    band: nullable('string'),
    interval,
    change: {
      oneOf: [
        { type: 'null' },
        obj({
          previousPeriod: int,
          previousRunId: int,
          previousRank: nullable('integer'),
          rankDelta: nullable('integer'),
          scoreDelta: nullable('number'),
        }),
      ],
    },
  }),
  Region: obj({
    code: str,
    nameRu: str,
    nameEn: str,
    federalDistrict: str,
    population: int,
    tileRow: int,
    tileCol: int,
  }),
  RegionInRun: obj({
    regionCode: str,
    score: nullable('number'),
    rank: nullable('integer'),
    band: nullable('string'),
    interval,
    // A regional token reading its own region of a draft gets the gap alone (no other region's code or rank).
    nextUp: {
      oneOf: [
        { type: 'null' },
        obj({ regionCode: str, rank: int, gap: num }),
        { ...obj({ gap: num }), additionalProperties: false },
      ],
    },
    components: arr(
      obj({
        nodeId: str,
        kind: str,
        labelRu: str,
        labelEn: str,
        weight: num,
        score: nullable('number'),
        rank: nullable('integer'),
      }),
    ),
  }),
  ChangelogEntry: obj({
    runId: int,
    period: int,
    methodologyId: str,
    version: int,
    publishedAt: str,
    supersedesRunId: nullable('integer'),
    correctionReason: nullable('string'),
    withdrawnAt: nullable('string'),
    withdrawnReason: nullable('string'),
    synthetic: { type: 'boolean' },
    headline: { type: 'boolean' },
    headlinePassedTo: nullable('integer'),
  }),
  ...PROGRAMME_SCHEMAS,
} as const;

export const RESPONSES: Record<string, unknown> = {
  'GET /periods': obj({ periods: arr(obj({ period: int, runs: arr(ref('Run')) })) }),
  'GET /periods/{period}/rating': obj({ run: ref('Run'), ranking: arr(ref('RankingEntry')) }),
  'GET /runs': obj({ runs: arr(ref('Run')) }),
  'GET /runs/{id}': obj({ run: ref('Run') }),
  'GET /runs/{id}/ranking': obj({ run: ref('Run'), ranking: arr(ref('RankingEntry')) }),
  'GET /runs/{id}/methodology': obj({
    run: ref('Run'),
    methodology: obj({ id: str, version: str, hash: str, name: str, document: {} }),
    inputHash: str,
    buildLog: {},
    nodes: arr(
      obj({
        nodeId: str,
        parentId: nullable('string'),
        level: int,
        kind: str,
        labelRu: str,
        labelEn: str,
        weight: num,
        method: {},
      }),
    ),
  }),
  'GET /runs/{id}/regions/{code}': obj({ run: ref('Run'), result: ref('RegionInRun') }),
  'GET /runs/{id}/downloads': obj({ runId: int, files: arr(obj({ name: str, href: str })) }),
  'GET /runs/{id}/comments': obj({
    comments: arr(obj({ id: int, regionCode: str, author: str, body: str, createdAt: str })),
  }),
  'GET /regions': obj({ regions: arr(ref('Region')) }),
  'GET /regions/{code}': obj({
    region: ref('Region'),
    results: arr(obj({ run: ref('Run'), result: ref('RegionInRun') })),
  }),
  'GET /services': obj({ services: arr(obj({ id: str, nameRu: str, nameEn: str, level: str })) }),
  'GET /stages': obj({ stages: arr(obj({ id: str, order: int, nameRu: str, nameEn: str })) }),
  'GET /changelog': obj({ changelog: arr(ref('ChangelogEntry')) }),
  'GET /programme/{year}': ref('ProgrammeReport'),
  'POST /runs/{id}/publish': obj({
    runId: int,
    version: int,
    supersededRunId: nullable('integer'),
    headline: { type: 'boolean' },
    headlineTakenFromRunId: nullable('integer'),
  }),
  'POST /runs/{id}/withdraw': obj({ runId: int, status: str, headlinePassedTo: nullable('integer') }),
  'POST /runs/{id}/comments': obj({ id: int, runId: int, regionCode: str }),
  'POST /ingest': obj({}, []),
};

const SUMMARIES: Record<string, string> = {
  'GET /periods': 'Periods with the runs the caller may see',
  'GET /periods/{period}/rating':
    'The published rating of a period: ranking with bands, intervals and changes, of its headline methodology (?methodology=ID: of another methodology published for the period)',
  'GET /runs/{id}/regions/{code}': 'One region in a run with its explanation (components, distance to the next rank)',
  'GET /regions/{code}': "A region's profile across every run the caller may see",
  'GET /runs/{id}/methodology': 'The methodology, node tree and build log of a run',
  'GET /runs/{id}/downloads/{file}': 'Download a publication file (XLSX, CSV, PNG, factsheet) of a run',
  'GET /programme/{year}':
    "Programme analytics of a year (nation, or ?region=): adoption against targets, channels and mobile offices, money against results; money is null until the year's rating is published",
  'POST /runs/{id}/publish':
    'Publish a draft (federal-analyst); a correction of a published run needs {"reason"}; when another methodology is the headline of the period, {"headline": "headline"} makes this run the headline and {"headline": "alongside"} publishes it beside it (without either: 409 headline_choice_required)',
  'POST /runs/{id}/withdraw': 'Withdraw a published run with {"reason"} (federal-analyst)',
  'POST /runs/{id}/comments': 'Comment on a draft region row (regional: own region; federal-analyst)',
  'POST /ingest': 'Upload a file to ingest (?period=&kind=, X-File-Name); 422 with rejects stores nothing',
};

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const routes = [...Object.keys(RESPONSES), 'GET /runs/{id}/downloads/{file}'];
  for (const route of routes) {
    const [method, path] = route.split(' ') as [string, string];
    const params: unknown[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: str,
    }));
    if (route === 'GET /programme/{year}') params.push(...PROGRAMME_QUERY);
    if (route === 'GET /periods/{period}/rating')
      params.push({
        name: 'methodology',
        in: 'query',
        required: false,
        description: 'a methodology id published for the period beside the headline one (default: the headline)',
        schema: str,
      });
    const okStatus = method === 'POST' && path.endsWith('/comments') ? '201' : '200';
    const ok =
      route === 'GET /runs/{id}/downloads/{file}'
        ? {
            description: 'the file',
            content: {
              'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
            },
          }
        : { description: 'success', content: { 'application/json': { schema: RESPONSES[route] } } };
    (paths[path] ??= {})[method.toLowerCase()] = {
      summary: SUMMARIES[route] ?? route,
      parameters: params,
      responses: {
        [okStatus]: ok,
        default: { description: 'error', content: { 'application/json': { schema: ref('Error') } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'egov-monitor API',
      version: '1',
      description:
        "Ratings of e-government services in Russia's regions. Drafts are embargoed: without a token only published runs exist.",
    },
    servers: [{ url: '/api/v1' }],
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'token from "egov token create"' } },
    },
    security: [{}, { bearer: [] }],
    paths,
  };
}
