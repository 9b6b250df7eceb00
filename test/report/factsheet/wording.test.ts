/**
 * Factsheet wording that must not mislead: strengths are above the national median (the last region has none, and
 * no empty heading is shown); a gap no single change closes says so; the gap to the next place is never "0,0";
 * a closer's values are in the indicator's unit (0 → 0,5 for a yes/partial/no check).
 */
import { explainRegions } from '../../../src/report/load/explanations.js';
import { factsheetHtml } from '../../../src/report/factsheet/factsheet-html.js';
import { formatGap } from '../../../src/text/format-gap.js';
import { fixtureModel } from '../tables/fixture-model.js';

describe('factsheet wording', () => {
  const base = fixtureModel();
  const districtOf = new Map(base.regions.map((r) => [r.code, r.federalDistrict.en]));

  test('the last region, below the national median everywhere, lists no strengths', () => {
    // Tver: stages 25 (median 75), – ; services 0 (median 75), 25 (median 100): below everywhere
    const explanations = explainRegions(
      base.ranking,
      districtOf,
      base.stageScores,
      base.serviceScores,
      null,
      new Map(),
    );
    const tver = explanations.find((x) => x.regionCode === 'RU-TVE')!;
    expect(tver.strongest).toEqual([]);
    expect(tver.weakest.length).toBeGreaterThan(0);
    for (const c of explanations.flatMap((x) => x.strongest)) expect(c.score).toBeGreaterThan(c.nationalMedian);
    const html = factsheetHtml({ ...base, explanations }, 'RU-TVE', 'ru', []);
    expect(html).not.toContain('Сильные стороны');
    expect(html).toContain('Слабые стороны (ниже медианы России)');
    // no gap closers computed: said in words, not an empty list under a heading
    expect(html).toContain('Ни одно отдельное изменение показателя не закрывает разрыв.');
    expect(html).not.toContain('Что закрыло бы разрыв');
  });

  test("a small gap shows as non-zero; closer values are in the indicator's unit", () => {
    const explanations = [
      {
        regionCode: 'RU-SMO',
        strongest: [],
        weakest: [],
        gapToNext: {
          nextRegionCode: 'RU-TUL',
          nextPlace: 1,
          scoreGap: 0.039,
          closers: [
            {
              stageId: 'status',
              gain: 50,
              reachable: true as const,
              indicatorId: 'status_notifications',
              serviceId: null,
              normalisedNow: 0,
              normalisedNeeded: 50,
              rawNow: 0,
              rawNeeded: 0.5,
            },
          ],
        },
      },
    ];
    const html = factsheetHtml({ ...base, explanations }, 'RU-SMO', 'ru', []);
    expect(html).toContain('До следующего места: 0,04 балла');
    expect(html).toMatch(/: 0 → 0,5<\/li>/);
    expect(formatGap(0.004, 'ru')).toBe('< 0,01');
    expect(formatGap(0.039, 'en')).toBe('0.04');
  });
});
