import { loadNationalSeries, nationalEServicesUse } from '../../src/reference/national-series.js';

describe("Rosstat's national series (real figures)", () => {
  test('2.6.12, the Decree No. 601 indicator: 30.8 % in 2013, 74.8 % in 2018 (the 70 % target met), 92.5 % in 2025', () => {
    const series = nationalEServicesUse();
    expect(series.real).toBe(true);
    expect(series.points.map((p) => p.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    const at = (year: number) => series.points.find((p) => p.year === year)!;
    expect([at(2013).value, at(2017).value, at(2018).value, at(2025).value]).toEqual([30.8, 64.3, 74.8, 92.5]);
    expect(at(2018).value).toBeGreaterThan(70);
    expect(at(2021).note).toBeNull();
    expect(at(2022).note).toMatch(/excludes DNR, LNR, Zaporozhye and Kherson/);
    expect(series.source.ru).toMatch(/^Росстат/);
  });

  test('another indicator of the file, and an unknown one', () => {
    expect(loadNationalSeries('2.6.10').points[0]).toEqual({ year: 2010, value: 38, note: null });
    expect(() => loadNationalSeries('9.9.9')).toThrow(/no national series "9.9.9"/);
  });
});
