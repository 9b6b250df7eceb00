import { stageProfile } from '../../../src/report/charts/stage-profile.js';
import { renderChartPng } from '../../../src/report/charts/png-renderer.js';
import { fixtureModel } from '../tables/fixture-model.js';

describe('stage profile (stage scores against national and federal-district medians)', () => {
  // Stage scores of the fixture: SMO [status 75, appeal 100], TUL [100, 100], TVE [25, null].
  // TVE is moved to another district, so the Central district holds SMO and TUL only.
  const base = fixtureModel();
  const model = fixtureModel({
    regions: base.regions.map((r) =>
      r.code === 'RU-TVE' ? { ...r, federalDistrict: { ru: 'Северо-Западный', en: 'Northwestern' } } : r,
    ),
  });

  test('Smolensk: national medians status 75 (of 75, 100, 25) and appeal 100; Central district medians 87.5 and 100', () => {
    const spec = stageProfile(model, 'en', 'RU-SMO')!;
    expect(spec.categories).toEqual(['Status', 'Appeal']);
    expect(spec.series.map((s) => s.values)).toEqual([
      [75, 100],
      [75, 100],
      [87.5, 100],
    ]);
    expect(spec.series[2]!.label).toContain('Central');
    expect(spec.note).toContain('SYNTHETIC DEMO DATA');
    expect(spec.alt).toContain('Status 75.0');
  });

  test('an unknown region has no profile; the chart renders as a PNG of the stated width', () => {
    expect(stageProfile(model, 'ru', 'RU-XXX')).toBeNull();
    const png = renderChartPng(stageProfile(model, 'ru', 'RU-TUL')!);
    expect(png.readUInt32BE(16)).toBe(1000);
  });
});
