/**
 * A published run for the explorer tests, rated by the real pipeline (ratePeriod + publishRun) with the two-service ×
 * two-stage methodology of test/report/tables/seed-run.ts, and the web app serving it on port 0.
 *
 * Values [marriage status, marriage appeal, hunting status, hunting appeal], goalposts 0..1 → 0..100, arithmetic means:
 *   Smolensk 1, 1, 0, 0          → marriage 100, hunting 0  → index 50   (official place 2)
 *   Tula     0.5, 0.5, 0.8, 0.8  → marriage 50,  hunting 80 → index 65   (official place 1)
 *   Tver     0.2, 0.6, 0.4, 0.2  → marriage 40,  hunting 30 → index 35   (official place 3)
 * Marriage weighted 3 (hunting 1) and status 0.25 (appeal 1), by hand:
 *   Smolensk marriage (0.25·100 + 100)/1.25 = 100, hunting 0 → (3·100 + 0)/4 = 75    → place 1 (+1)
 *   Tula     marriage 50, hunting 80                        → (3·50 + 80)/4 = 57.5   → place 2 (−1)
 *   Tver     marriage (0.25·20 + 60)/1.25 = 52, hunting (0.25·40 + 20)/1.25 = 24 → (3·52 + 24)/4 = 45 → place 3
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../../src/db/connect.js';
import { loadMethodologyText } from '../../../src/methodology/load.js';
import { catalogueLists } from '../../../src/ratings/catalogue-lists.js';
import { publishRun } from '../../../src/ratings/publish.js';
import { ratePeriod } from '../../../src/ratings/rate-period.js';
import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { createApp } from '../../../src/web/app.js';
import { startServer } from '../../../src/web/server.js';
import { METHOD } from '../../report/tables/seed-run.js';
import { seedMeasurements, type Check } from '../../support/seed-measurements.js';

const CHECKS: readonly Check[] = [
  ['marriage_registration', 'status_notifications'],
  ['marriage_registration', 'appeal_online'],
  ['hunting_licence', 'status_notifications'],
  ['hunting_licence', 'appeal_online'],
];

export const VALUES: Record<string, [number, number, number, number]> = {
  'RU-SMO': [1, 1, 0, 0],
  'RU-TUL': [0.5, 0.5, 0.8, 0.8],
  'RU-TVE': [0.2, 0.6, 0.4, 0.2],
};

export interface ExplorerServer {
  readonly url: string;
  readonly database: Database;
  readonly runId: number;
  /** Where the server reads a run's export files from (`runs/<id>/`): empty until a test exports into it. */
  readonly reportsDir: string;
  stop(): Promise<void>;
}

export async function startExplorerServer(open: () => Promise<Database>): Promise<ExplorerServer> {
  const database = await open();
  const catalogue = loadCatalogue();
  await seedMeasurements(database, 2018, CHECKS, VALUES, { sourceName: 'explorer-test.csv' });
  const methodology = loadMethodologyText(METHOD, catalogueLists(catalogue));
  const { runId } = await ratePeriod(database, {
    period: 2018,
    methodology,
    catalogue,
    actor: 'tester',
    synthetic: true,
  });
  await publishRun(database.db, runId, { actor: 'tester', role: 'operator', at: new Date('2019-03-01T10:00:00Z') });
  const reportsDir = mkdtempSync(join(tmpdir(), 'egov-explorer-'));
  const app = createApp({ database, log: () => undefined, publicCacheMs: 0, config: { reportsDir } });
  const server = await startServer(app, 0);
  return {
    url: server.url,
    database,
    runId,
    reportsDir,
    stop: async () => {
      await server.stop();
      await database.close();
      rmSync(reportsDir, { recursive: true, force: true });
    },
  };
}
