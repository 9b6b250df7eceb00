/**
 * Finding 2 replayed: the outside tester's 1.1 MB workbook with a 1 GiB `xl/media/image1.png` declared as 1,000
 * bytes is refused over HTTP (400 invalid_file) and by `egov ingest` (exit 2), quickly, with nothing stored, and the
 * server's memory does not grow by the inflated size.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { describeEachDatabase } from '../support/database.js';
import { lyingBomb } from '../zip/hostile-xlsx.js';
import { call, startHarness, type Harness } from './server-harness.js';

async function bombWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('data').addRows([
    ['region', 'service', 'indicator', 'value'],
    ['RU-SMO', 'marriage_registration', 'info_complete', 80],
  ]);
  return lyingBomb(Buffer.from(await workbook.xlsx.writeBuffer()));
}

describeEachDatabase('XLSX bombs over HTTP on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('POST /ingest of the lying bomb answers 400 invalid_file within seconds and stores nothing', async () => {
    const bomb = await bombWorkbook();
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const response = await call(h, '/api/v1/ingest?period=2024&kind=measurements', h.tokens.analyst, {
      method: 'POST',
      headers: { 'X-File-Name': 'bomb.xlsx' },
      body: bomb,
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_file');
    expect(body.error.message).toMatch(/bomb\.xlsx: .*xl\/media\/image1\.png declares 1000 bytes but inflates to more/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 ** 2);
    const batches = await h.database.db.selectFrom('ingest_batch').select('id').execute();
    expect(batches).toEqual([]);
  });
});

test('egov ingest refuses the lying bomb with exit 2 naming the file and the part', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'egov-bomb-'));
  try {
    const file = join(dir, 'bomb.xlsx');
    writeFileSync(file, await bombWorkbook());
    const config = { dataDir: join(dir, 'pglite'), reportsDir: join(dir, 'reports') };
    expect((await runCli(['reference', 'load'], config)).code).toBe(0);
    const started = performance.now();
    const result = await runCli(['ingest', file, '--period', '2024', '--kind', 'measurements'], config);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/bomb\.xlsx: .*xl\/media\/image1\.png declares 1000 bytes but inflates to more/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
