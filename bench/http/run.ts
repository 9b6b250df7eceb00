/**
 * HTTP benchmark on loopback, bounded in time (6 targets × (1 s warm-up + 5 s)): the published ranking JSON, the
 * ranking page, the ranking page with a different junk query parameter on every request (?x=N: a cache keyed on
 * the raw URL never hits), a region page and the programme report of a region (API), under 50 concurrent keep-alive
 * connections, and a bare Express handler (res.json of a small object) in the same run as the ceiling. Targets
 * (issue 15): JSON ≥ 60 % of the bare handler's requests/s with p99 < 50 ms; the page, with or without junk
 * parameters, ≥ 40 % with p99 < 100 ms; no errors. The region page and the programme endpoint are reported only.
 * Data: an in-memory PGlite with the reference catalogue and one published SYNTHETIC run (85 regions), seeded by
 * the test fixture builder, and the public content precomputed as a publication stores it. The load generator shares the machine's cores with the server, so absolute figures are
 * lower than on separate machines; the ratio to the bare handler is the meaningful figure.
 * Run: node --import tsx bench/http/run.ts [--seconds 5] [--connections 50]
 */
import os from 'node:os';
import express from 'express';
import { openDatabase } from '../../src/db/open.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { storeCatalogue } from '../../src/reference/store.js';
import { createApp } from '../../src/web/app.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { seedMethodology, seedRun } from '../../test/web/fixtures.js';
import { refreshPublishedContent } from '../../src/web/published/precompute-public-content.js';
import { runLoad, type LoadResult } from './load.js';

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = argument('seconds', 5);
const connections = argument('connections', 50);

async function measure(server: RunningServer, path: string, junkQuery = false): Promise<LoadResult> {
  await runLoad(`${server.url}${path}`, connections, 1000, junkQuery);
  return runLoad(`${server.url}${path}`, connections, seconds * 1000, junkQuery);
}

const database = await openDatabase({ dataDir: 'memory://' });
await storeCatalogue(database.db, loadCatalogue());
await seedMethodology(database.db);
await seedRun(database.db, { period: 2023, status: 'published', synthetic: true });
const precomputeStarted = performance.now();
const stored = await refreshPublishedContent(database.db, 'reports');
const precomputeSeconds = (performance.now() - precomputeStarted) / 1000;

const bare = express();
bare.get('/', (_req, res) => {
  res.json({ ok: true });
});
const bareServer = await startServer(bare, 0);
const appServer = await startServer(
  createApp({ database, config: { reportsDir: 'reports' }, log: () => undefined }),
  0,
);

const results: Record<string, LoadResult> = {
  'bare express handler': await measure(bareServer, '/'),
  'GET /api/v1/periods/2023/rating': await measure(appServer, '/api/v1/periods/2023/rating'),
  'GET /ratings/2023 (page)': await measure(appServer, '/ratings/2023'),
  'GET /ratings/2023?x=N (junk query)': await measure(appServer, '/ratings/2023', true),
  'GET /regions/RU-TUL (page)': await measure(appServer, '/regions/RU-TUL'),
  'GET /api/v1/programme/2023?region=RU-TUL': await measure(
    appServer,
    '/api/v1/programme/2023?region=RU-TUL&grain=month',
  ),
};
const goals: Record<string, { share: number; p99Ms: number }> = {
  'GET /api/v1/periods/2023/rating': { share: 0.6, p99Ms: 50 },
  'GET /ratings/2023 (page)': { share: 0.4, p99Ms: 100 },
  'GET /ratings/2023?x=N (junk query)': { share: 0.4, p99Ms: 100 },
};
await appServer.stop();
await bareServer.stop();
await database.close();

const ceiling = results['bare express handler']!.requestsPerSecond;
console.log(`HTTP benchmark: ${connections} connections, ${seconds} s per target, loopback, Node ${process.version}`);
console.log(
  `publication precomputed ${stored.pages} pages and ${stored.programmeReports} programme reports in ${precomputeSeconds.toFixed(1)} s`,
);
console.log('target                                   req/s    share  p50 ms  p99 ms  errors');
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(38)} ${r.requestsPerSecond.toFixed(0).padStart(7)} ${((100 * r.requestsPerSecond) / ceiling).toFixed(0).padStart(6)}% ${r.p50Ms.toFixed(2).padStart(7)} ${r.p99Ms.toFixed(2).padStart(7)} ${String(r.errors).padStart(7)}`,
  );
}
for (const [name, goal] of Object.entries(goals)) {
  const r = results[name]!;
  const met = r.requestsPerSecond >= goal.share * ceiling && r.p99Ms < goal.p99Ms && r.errors === 0;
  console.log(
    `${name}: goal ≥ ${goal.share * 100} % of bare, p99 < ${goal.p99Ms} ms, no errors: ${met ? 'met' : 'NOT met'}`,
  );
}
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores`,
);
