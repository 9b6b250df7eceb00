/**
 * No chart is drawn for a region without data: its own charts are left out of the plan, and its factsheet says which
 * and why instead of showing an empty chart. Regions with data keep theirs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCharts } from '../../../src/report/charts/index.js';
import { planCharts } from '../../../src/report/charts/plan.js';
import { writeFactsheets } from '../../../src/report/factsheet/index.js';
import { fixtureModel } from '../tables/fixture-model.js';

// RU-TVE is ranked but has no stage or service score at all; RU-SMO and RU-TUL have scores; only RU-TUL has offices.
const model = fixtureModel({
  stageScores: {
    ...fixtureModel().stageScores,
    values: [
      [75, 100],
      [100, 100],
      [null, null],
    ],
  },
  serviceScores: {
    ...fixtureModel().serviceScores,
    values: [
      [75, 100],
      [100, 100],
      [null, null],
    ],
  },
  offices: [
    { regionCode: 'RU-TUL', municipality: '70701000', municipalityName: 'Тула', channel: 'mfc', documents: 12 },
  ],
});

describe('charts of regions without data', () => {
  test('are not planned; the plan lists them as absent for want of data', () => {
    const plan = planCharts(model, 'en');
    const own = (code: string) =>
      plan.files
        .filter((f) => f.regionCode === code)
        .map((f) => f.kind)
        .sort();
    expect(own('RU-TVE')).toEqual([]); // no tile either, so no map of its own
    expect(own('RU-SMO')).toEqual(['region-map', 'region-profile', 'region-stages']);
    expect(own('RU-TUL')).toEqual(['office-documents', 'region-map', 'region-profile', 'region-stages']);
    expect(plan.absent).toEqual([
      { regionCode: 'RU-SMO', kind: 'office-documents', reason: 'no-data' },
      { regionCode: 'RU-TVE', kind: 'region-stages', reason: 'no-data' },
      { regionCode: 'RU-TVE', kind: 'region-profile', reason: 'no-data' },
      { regionCode: 'RU-TVE', kind: 'office-documents', reason: 'no-data' },
    ]);
    expect(plan.files).toHaveLength(plan.draws.length);
  });

  test('the factsheet says which chart is missing and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egov-absent-'));
    try {
      const plan = planCharts(model, 'en');
      await renderCharts(model, dir, 'en', plan, 1); // the factsheets embed the drawn charts
      await writeFactsheets(model, dir, 'en', plan.files, plan.absent);
      const tve = readFileSync(join(dir, 'factsheets/RU-TVE-SYNTHETIC.html'), 'utf8');
      expect(tve).toContain('Scores by stage: no chart: the region has no data for this period');
      expect(tve).toContain('Scores by service: no chart: the region has no data for this period');
      expect(tve).not.toMatch(/charts\/(stages|region)-RU-TVE(-SYNTHETIC)?\.png/);
      const tul = readFileSync(join(dir, 'factsheets/RU-TUL-SYNTHETIC.html'), 'utf8');
      expect(tul).not.toContain('no chart');
      const stages = plan.files.find((f) => f.regionCode === 'RU-TUL' && f.kind === 'region-stages')!;
      expect(tul).toContain(
        `<img src="data:image/png;base64,${readFileSync(join(dir, stages.file)).toString('base64')}" alt="${stages.alt}"`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
