import { loadCatalogue } from '../../src/reference/catalogue.js';
import { REGION_NAMINGS, regionLabel, shortRegionForm } from '../../src/demo/region-naming.js';

const { regions } = loadCatalogue();
const byCode = (code: string) => regions.find((r) => r.code === code)!;

describe('region naming styles of the demo files', () => {
  test('each style names the 85 regions unambiguously', () => {
    for (const naming of REGION_NAMINGS) expect(new Set(regions.map((r) => regionLabel(r, naming))).size).toBe(85);
  });

  test('short forms follow the statistical tables', () => {
    expect(shortRegionForm(byCode('RU-SMO'))).toBe('Смоленская обл.');
    expect(shortRegionForm(byCode('RU-MOW'))).toBe('г. Москва');
    expect(shortRegionForm(byCode('RU-TA'))).toBe('Республика Татарстан (Татарстан)');
    expect(shortRegionForm(byCode('RU-CHU'))).toBe('Чукотский АО');
    expect(shortRegionForm(byCode('RU-YEV'))).toBe('Еврейская АО');
    expect(shortRegionForm(byCode('RU-KHM'))).toBe('Ханты-Мансийский АО - Югра');
  });

  test('codes keep the own codes of Crimea and Sevastopol, OKATO has 11 digits', () => {
    expect(regionLabel(byCode('RU-CR'), 'code')).toBe('RU-CR');
    expect(regionLabel(byCode('RU-SEV'), 'code')).toBe('RU-SEV');
    expect(regions.every((r) => /^\d{11}$/.test(regionLabel(r, 'okato')))).toBe(true);
  });
});
