import { runCli } from '../support/cli.js';

describe('egov command line', () => {
  test('lists the commands of the design in its help and exits 0', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of [
      'demo',
      'ingest',
      'score',
      'rate',
      'analyse',
      'export',
      'publish',
      'serve',
      'token',
      'reference',
    ]) {
      expect(out).toMatch(new RegExp(`\\b${command}\\b`));
    }
  });

  test('exits 2 on an unknown command or a missing required flag', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const missing = await runCli(['rate', '--period', '2018']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--methodology/);
  });

  test('exits 2 with a message naming the flag on an invalid period', async () => {
    const run = await runCli(['rate', '--period', '18', '--methodology', 'ministry-2019']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--period must be a year/);
  });

  test('loads the reference catalogue and says what it loaded, also as JSON', async () => {
    const run = await runCli(['reference', 'load', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ federalDistricts: 8, regions: 85, stages: 10, services: 18, indicators: 20 });
  });
});
