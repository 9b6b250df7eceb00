import { runCli } from '../support/cli.js';
import { tempDir, type TempDir } from './helpers.js';
import { existsSync } from 'node:fs';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

describe('egov ingest', () => {
  test('commits a file, says so again as a no-op, and refuses a bad file with exit 2 naming the line and the report', async () => {
    const config = { dataDir: `${dir.path}/pglite`, reportsDir: `${dir.path}/reports` };
    expect((await runCli(['reference', 'load'], config)).code).toBe(0);
    const good = dir.write(
      'good.csv',
      'region;service;indicator;value\nСмоленская обл.;marriage_registration;info_complete;87,5\n',
      'windows-1251',
    );

    const first = await runCli(['ingest', good, '--period', '2017', '--json'], config);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({
      status: 'committed',
      rowsAccepted: 1,
      kind: 'measurements',
      period: 2017,
    });

    const again = await runCli(['ingest', good, '--period', '2017'], config);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/already ingested: batch 1 has the same content/);

    const bad = dir.write(
      'bad.csv',
      'region,service,indicator,value\nАтлантида,marriage_registration,info_complete,50\n',
    );
    const refused = await runCli(['ingest', bad, '--period', '2017', '--kind', 'measurements'], config);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/1 of 1 row\(s\) rejected \(1 reject\(s\)\); nothing was written/);
    expect(refused.err).toMatch(/bad\.csv:2: column "region": unknown region "Атлантида"/);
    const reportPath = /reject report: (\S+)/.exec(refused.err)?.[1];
    expect(reportPath && existsSync(reportPath)).toBe(true);
  }, 180_000);

  test('a correction is summarised in plain words; a wrong --period and a missing file are named', async () => {
    const config = { dataDir: `${dir.path}/pglite-2`, reportsDir: `${dir.path}/reports` };
    expect((await runCli(['reference', 'load'], config)).code).toBe(0);
    expect(
      (
        await runCli(
          [
            'ingest',
            dir.write('first.csv', 'region,service,indicator,value\nRU-SMO,marriage_registration,info_complete,80\n'),
            '--period',
            '2017',
          ],
          config,
        )
      ).code,
    ).toBe(0);
    // A correction in plain words, and a wrong --period named with the period the file holds.
    const fix = dir.write(
      'fix.csv',
      'region,service,indicator,value,period\nRU-SMO,marriage_registration,info_complete,90,2017\nRU-SMO,marriage_registration,info_current,да,2017\n',
    );
    const corrected = await runCli(['ingest', fix, '--period', '2017', '--replace', '--actor', 'smolensk'], config);
    expect(corrected.code).toBe(0);
    expect(corrected.out).toContain('rows: 2 read, 2 accepted, 0 skipped (total rows), 0 rejected; 2 value(s)');
    expect(corrected.out).toContain('cells: 1 new, 1 changed, 0 removed, 0 unchanged');
    const wrongPeriod = await runCli(['ingest', fix, '--period', '2018'], config);
    expect(wrongPeriod.code).toBe(2);
    expect(wrongPeriod.err).toContain(
      'the file seems to hold period 2017 (2 of the rejected rows), not 2018: check --period',
    );
    const missing = await runCli(['ingest', `${dir.path}/nowhere.csv`, '--period', '2017'], config);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`file not found: ${dir.path}/nowhere.csv`);
    expect(missing.err).not.toContain('ENOENT');
  }, 180_000);

  test('bad flags exit 2 before touching the database', async () => {
    expect((await runCli(['ingest', 'x.csv', '--period', 'soon'])).code).toBe(2);
    const kind = await runCli(['ingest', 'x.csv', '--period', '2017', '--kind', 'budget']);
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(/--kind must be measurements, applications, targets or spending/);
  });
});
