/**
 * Region pages list a region's own files by the region code the manifest records, never by name: RU-SA is a prefix
 * of RU-SAK, RU-SAM and RU-SAR, RU-TA of RU-TAM, RU-MO of RU-MOS and RU-MOW.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { regionPublishedFiles } from '../../src/web/pages/region-files.js';

const regionFiles = async (dir: string, runId: number, code: string) =>
  (await regionPublishedFiles(dir, runId, code)).map((f) => f.file);

const CODES = ['RU-SA', 'RU-SAK', 'RU-SAM', 'RU-SAR', 'RU-TA', 'RU-TAM', 'RU-MO', 'RU-MOS', 'RU-MOW'];

describe('the files of a region page', () => {
  let reportsDir: string;
  beforeAll(() => {
    reportsDir = mkdtempSync(join(tmpdir(), 'egov-region-files-'));
    const dir = join(reportsDir, 'runs', '7');
    mkdirSync(dir, { recursive: true });
    const files = [
      { file: 'ranking-2019.csv', kind: 'csv' },
      { file: 'charts/tile-map.png', kind: 'chart:tile-map' },
      ...CODES.flatMap((code) => [
        { file: `factsheets/${code}.html`, kind: 'factsheet', region: code },
        { file: `charts/region-${code}.png`, kind: 'chart:region-profile', region: code },
      ]),
    ];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ files }));
  });
  afterAll(() => rmSync(reportsDir, { recursive: true, force: true }));

  test.each(['RU-SA', 'RU-TA', 'RU-MO', 'RU-MOW'])('%s gets exactly its own factsheet and chart', async (code) => {
    expect(await regionFiles(reportsDir, 7, code)).toEqual([`charts/region-${code}.png`, `factsheets/${code}.html`]);
  });

  test("a region without files of its own gets the national files, never another region's", async () => {
    expect(await regionFiles(reportsDir, 7, 'RU-AD')).toEqual(['charts/tile-map.png', 'ranking-2019.csv']);
  });
});
