/** The region page: labels shortened at word boundaries, the stage and service profiles, a notice for a year without a rating. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortLabel } from '../../src/text/short-label.js';
import { describeEachDatabase } from '../support/database.js';
import { call, startHarness, type Harness } from './server-harness.js';

test('long labels are shortened at a word boundary with an ellipsis, never mid-word', () => {
  expect(shortLabel('Выдача разрешений на строительство', 42)).toBe('Выдача разрешений на строительство');
  expect(shortLabel('Предоставление земельных участков в аренду без проведения торгов', 42)).toBe(
    'Предоставление земельных участков в…',
  );
  expect(shortLabel('Сверхдлинноенаименованиебезпробеловвообщеникаких', 20)).toBe('Сверхдлинноенаимено…');
});

describeEachDatabase('the region page on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
    const dir = join(h.reportsDir, 'runs', String(h.publishedRunId));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        files: [
          { file: `charts/stages-${h.ownRegion}.png`, kind: 'chart:region-stages', bytes: 1, region: h.ownRegion },
          { file: `charts/region-${h.ownRegion}.png`, kind: 'chart:region-profile', bytes: 1, region: h.ownRegion },
          { file: 'charts/stages-RU-XX.png', kind: 'chart:region-stages', bytes: 1, region: 'RU-XX' },
        ],
      }),
    );
  });
  afterAll(async () => {
    await h.stop();
  });

  test('shows the region’s own stage and service profiles with their text, never another region’s', async () => {
    const page = await (await call(h, `/regions/${h.ownRegion}`)).text();
    expect(page).toContain(
      `<img src="/api/v1/runs/${h.publishedRunId}/downloads/charts/stages-${h.ownRegion}.png" alt="Этапы получения услуги: балл региона и медианы России и федерального округа"`,
    );
    expect(page).toContain(`downloads/charts/region-${h.ownRegion}.png" alt="Услуги: балл региона и медиана России"`);
    expect(page).not.toContain('stages-RU-XX.png');
  });

  test('a year without a published rating is said, and the latest year shown', async () => {
    const page = await (await call(h, `/regions/${h.ownRegion}?period=2030`)).text();
    expect(page).toContain('За 2030 год опубликованного рейтинга региона нет; показан 2023 год.');
    const plain = await (await call(h, `/regions/${h.ownRegion}`)).text();
    expect(plain).not.toContain('опубликованного рейтинга региона нет');
  });
});
