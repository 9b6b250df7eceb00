/** `egov campaign open|list|close` on an on-disk embedded database: output, exit codes, nothing written on bad input. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'egov-campaign-cli-'));
  expect((await runCli(['reference', 'load'], { dataDir })).code).toBe(0);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('opens, lists and closes a campaign; bad input exits 2 and stores nothing', async () => {
  const bad = await runCli(['campaign', 'open', '--period', '2026', '--deadline', '1 Feb'], { dataDir });
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('the deadline must be a date YYYY-MM-DD (got "1 Feb")');
  const opened = await runCli(
    [
      'campaign',
      'open',
      '--period',
      '2026',
      '--deadline',
      '2027-02-01',
      '--indicators',
      'info_complete,info_current',
      '--note',
      'сбор',
      '--json',
    ],
    { dataDir },
  );
  expect(opened.code).toBe(0);
  const campaign = JSON.parse(opened.out) as { id: number; indicators: string[] };
  expect(campaign.indicators).toEqual(['info_complete', 'info_current']);
  const listed = await runCli(['campaign', 'list'], { dataDir });
  expect(listed.out).toContain(
    `campaign ${campaign.id}  period 2026  open  deadline 2027-02-01  kinds measurements  2 indicators  "сбор"`,
  );
  expect((await runCli(['campaign', 'close', String(campaign.id)], { dataDir })).code).toBe(0);
  const again = await runCli(['campaign', 'close', String(campaign.id)], { dataDir });
  expect(again.code).toBe(2);
  expect(again.err).toContain('was closed');
  const audit = await runCli(['audit', '--json'], { dataDir });
  const actions = (JSON.parse(audit.out) as { entries: { action: string }[] }).entries
    .map((e) => e.action)
    .filter((a) => a.startsWith('campaign.'));
  expect(actions).toEqual(['campaign.open', 'campaign.close']);
});
