/**
 * Issue 12 item 7b: `egov rate` prints "version on publication: N" and `egov publish` of that run then says
 * "published as version N" — also with two drafts of the period, and for a correction (N = 2).
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../src/db/connect.js';
import { runCli } from '../support/cli.js';
import { TEMPLATE_DUMP } from '../support/paths.js';
import { seedMeasurements, STATUS_THEN_APPEAL } from '../support/seed-measurements.js';
import { METHOD, Y2017 } from '../report/tables/seed-run.js';

describe('egov rate and egov publish agree on the version', () => {
  let root: string;
  let config: { dataDir: string; reportsDir: string };
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'egov-versions-'));
    config = { dataDir: join(root, 'db'), reportsDir: join(root, 'reports') };
    const pglite = await PGlite.create({
      dataDir: config.dataDir,
      loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]),
    });
    const database = await connect({ pglite });
    await seedMeasurements(database, 2017, STATUS_THEN_APPEAL, Y2017);
    await database.close();
    writeFileSync(join(root, 'method.json'), METHOD);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const rate = async (): Promise<{ runId: number; version: number }> => {
    const result = await runCli(['rate', '--period', '2017', '--methodology', join(root, 'method.json')], config);
    expect(result.code).toBe(0);
    const match = /draft run (\d+) \(version on publication: (\d+)\)/.exec(result.out);
    expect(match).not.toBeNull();
    return { runId: Number(match![1]), version: Number(match![2]) };
  };

  test('two drafts both say 1; the one published says version 1; a correction rated then says 2 and gets 2', async () => {
    const first = await rate();
    const second = await rate();
    expect([first.version, second.version]).toEqual([1, 1]);
    const published = await runCli(['publish', '--run', String(second.runId)], config);
    expect(published.code).toBe(0);
    expect(published.out).toContain(`run ${second.runId} published as version 1`);

    const correction = await rate();
    expect(correction.version).toBe(2);
    const corrected = await runCli(['publish', '--run', String(correction.runId), '--reason', 'fixed Tula'], config);
    expect(corrected.code).toBe(0);
    expect(corrected.out).toContain(`run ${correction.runId} published as version 2`);
  }, 240_000);
});
