/** Starts createApp on a fresh test database at port 0 with seeded runs, tokens and export files; stop() cleans up. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/connect.js';
import { createToken } from '../../src/auth/tokens.js';
import { createApp, type WebDeps } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { regionCodes, seedMethodology, seedRun } from './fixtures.js';

export interface Harness {
  readonly url: string;
  readonly database: Database;
  readonly reportsDir: string;
  readonly publishedRunId: number;
  readonly draftRunId: number;
  readonly ownRegion: string;
  readonly otherRegion: string;
  readonly tokens: { readonly analyst: string; readonly regionalOwn: string; readonly regionalOther: string };
  stop(): Promise<void>;
}

export const CLOCK = new Date('2026-03-01T12:00:00Z');

export async function startHarness(open: () => Promise<Database>, extra: Partial<WebDeps> = {}): Promise<Harness> {
  const database = await open();
  await seedMethodology(database.db);
  const publishedRunId = await seedRun(database.db, { period: 2023, status: 'published', synthetic: true });
  const draftRunId = await seedRun(database.db, { period: 2024, status: 'draft', offset: 3 });
  // regionalOther holds a third region, so otherRegion is nobody's own region among the tokens.
  const [ownRegion, otherRegion, thirdRegion] = (await regionCodes(database.db)) as [string, string, string];
  const tokens = {
    analyst: (await createToken(database.db, { role: 'federal-analyst', label: 'analyst' })).token,
    regionalOwn: (await createToken(database.db, { role: 'regional', regionCode: ownRegion })).token,
    regionalOther: (await createToken(database.db, { role: 'regional', regionCode: thirdRegion })).token,
  };
  const reportsDir = mkdtempSync(join(tmpdir(), 'egov-web-'));
  for (const id of [publishedRunId, draftRunId]) {
    mkdirSync(join(reportsDir, 'runs', String(id)), { recursive: true });
    writeFileSync(join(reportsDir, 'runs', String(id), 'ranking.csv'), `run,${id}\n`);
  }
  const app = createApp({
    database,
    clock: () => CLOCK,
    log: () => undefined,
    ...extra,
    config: { ...extra.config, reportsDir },
  });
  const server = await startServer(app, 0);
  return {
    url: server.url,
    database,
    reportsDir,
    publishedRunId,
    draftRunId,
    ownRegion,
    otherRegion,
    tokens,
    stop: async () => {
      await server.stop();
      await database.close();
      rmSync(reportsDir, { recursive: true, force: true });
    },
  };
}

export function call(h: Harness, path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(`${h.url}${path}`, { ...init, headers });
}
