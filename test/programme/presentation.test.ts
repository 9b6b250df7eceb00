/** The report as sentences and as export tables, on the hand-made dataset of seed-programme.ts. */
import { answerProgrammeQuestions } from '../../src/programme/answers.js';
import { programmeChartData } from '../../src/programme/chart-data.js';
import { programmeTables } from '../../src/programme/export-tables.js';
import { programmeSummaryText } from '../../src/programme/summary-text.js';
import { loadProgrammeReport } from '../../src/programme/load.js';
import type { ProgrammeReport } from '../../src/programme/report.js';
import { describeEachDatabase } from '../support/database.js';
import { seedProgramme } from './seed-programme.js';

describeEachDatabase('programme presentation on $name', ({ open }) => {
  let tula: ProgrammeReport;
  let nation: ProgrammeReport;
  let tula2023: ProgrammeReport;
  beforeAll(async () => {
    const database = await open();
    try {
      await seedProgramme(database.db);
      tula = await loadProgrammeReport(database.db, { year: 2024, regionCode: 'RU-TUL', grain: 'year' });
      nation = await loadProgrammeReport(database.db, { year: 2024 });
      tula2023 = await loadProgrammeReport(database.db, { year: 2023, regionCode: 'RU-TUL' });
    } finally {
      await database.close();
    }
  });

  test('answers the three questions for Tula in English', () => {
    const answers = answerProgrammeQuestions(tula, 'en');
    expect(answers.notice).toBe('SYNTHETIC DEMO DATA'); // the seeded runs are marked synthetic
    expect(answers.adoption).toBe(
      'Tula Oblast, 2024: 70% of residents use e-services. Road-map target 72% by 2024: behind (-2 points); ' +
        'on the trend the target is reached only in 2025, after the target year. Federal target 70% by 2018: met (0 points).',
    );
    // 8 applications: 2 portal (25%), 2 MFC, 3 mobile office (37.5%), 1 paper; see the hand-worked figures of the tiny log.
    expect(answers.channels).toBe(
      '8 applications: portal 25%, MFC 25%, mobile office 37.5%, paper 12.5%. Median 5 days to result; ' +
        '71.4% within the deadline; 28.6% refused; mean rating 3.8.',
    );
    expect(answers.mobileOffices).toBe(
      'Municipalities served by mobile offices: 2; documents issued: 2 (periods: 2024).',
    );
    // 120 M / 8 = 15 M per application, / 2 = 60 M per e-application; θ_CRS = 0.4·pT/pK = 0.4·1466025/1000070
    // = 0.586 against Kaluga → 41.4% less per resident (see load.test.ts); under variable returns Tula is efficient.
    expect(answers.money).toBe(
      'Tula Oblast: spending 120 million RUB; 15,000,000 RUB per application; 60,000,000 RUB per e-application; ' +
        'DEA, constant returns: efficiency 0.59, its peers (Kaluga Oblast) achieve as much with 41.4% less money per resident; ' +
        'variable returns: on the efficiency frontier.',
    );
  });

  test('says what is missing rather than printing zeros', () => {
    // 2023: a published score (55) but no spending and no application log.
    const answers = answerProgrammeQuestions(tula2023, 'en');
    expect(answers.money).toBe(
      'Tula Oblast: no programme spending reported; efficiency not assessed (no programme spending reported).',
    );
    expect(answers.channels).toBe('No application log for 2023.');
    expect(answers.mobileOffices).toBe('Mobile offices took no applications.');
    expect(answerProgrammeQuestions(tula2023, 'ru').money).toBe(
      'Тульская область: расходы не представлены; эффективность не оценена (расходы не представлены).',
    );
  });

  test('answers in Russian and for the nation', () => {
    expect(answerProgrammeQuestions(tula, 'ru').adoption).toMatch(
      /^Тульская область, 2024 г\.: электронными услугами пользуются 70 % жителей\./,
    );
    // Two regions under variable returns: Kaluga spends least per resident, Tula scores highest: both efficient.
    expect(answerProgrammeQuestions(nation, 'en').money).toBe(
      'Most result per rouble spent per resident (DEA): constant returns — Kaluga Oblast; variable returns — Kaluga Oblast, Tula Oblast.',
    );
    expect(answerProgrammeQuestions(tula, 'ru').adoption).toContain(
      'по тренду цель достигается лишь в 2025 г., позже срока. Федеральная цель',
    );
  });

  test('gives chart series for adoption, channels, money and mobile offices', () => {
    const charts = programmeChartData(tula);
    expect(charts.adoption.years).toEqual([2022, 2023, 2024]);
    const line = (id: string) => charts.adoption.lines.find((l) => l.id === id)!.values;
    expect(line('RU-TUL')).toEqual([60, 66, 70]);
    expect(line('road-map')).toEqual([72, 72, 72]); // the 2024 milestone applies to every earlier year
    expect(line('federal')).toEqual([70, 70, 70]);
    expect(line('CFD')[0]).toBe(60); // only Tula measured in 2022
    expect(charts.channelShares.map((c) => [c.channel, c.scope, c.nation])).toEqual([
      ['portal', 0.25, 0.4],
      ['mfc', 0.25, 0.2],
      ['mobile_office', 0.375, 0.3],
      ['paper', 0.125, 0.1],
    ]);
    expect(charts.efficiencyPoints.map((p) => [p.regionCode, p.y, p.efficientConstantReturns, p.highlight])).toEqual([
      ['RU-KLU', 50, true, false],
      ['RU-TUL', 60, false, true],
    ]);
    expect(charts.mobileDocuments.map((d) => [d.serviceId, d.documents])).toEqual([
      ['hunting_licence', 1],
      ['marriage_registration', 1],
    ]);
  });

  test('puts the notice and the answers into one text summary', () => {
    const lines = programmeSummaryText(tula, 'ru').split('\n');
    expect(lines[0]).toBe('Программная аналитика: Тульская область, 2024');
    expect(lines[1]).toBe('СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ');
    expect(lines.slice(2).map((l) => l.split(':')[0])).toEqual([
      'Использование электронных услуг',
      'Каналы',
      'Мобильные офисы',
      'Расходы и результаты',
    ]);
  });

  test('exports one table per view, titled as synthetic, with names instead of codes', () => {
    const tables = programmeTables(tula, 'en');
    expect(tables.map((t) => t.id)).toEqual([
      'programme-adoption',
      'programme-adoption-groups',
      'programme-channels',
      'programme-mobile-municipalities',
      'programme-mobile-services',
      'programme-money',
      'programme-spending',
    ]);
    for (const t of tables) {
      expect(t.title.startsWith('SYNTHETIC DEMO DATA — ')).toBe(true);
      for (const row of t.rows) expect(row).toHaveLength(t.headers.length);
    }
    const adoption = tables[0];
    expect(adoption.rows.at(-1)).toEqual(['Tula Oblast', 2024, 70, 72, 2024, -2, 'behind', 2025, 70, 0, 'met']);
    const services = tables[4];
    expect(services.rows).toEqual([
      ['Tula Oblast', '2024', 'Issuing and cancelling hunting licences', 2, 1],
      ['Tula Oblast', '2024', 'State registration of marriage', 1, 1],
    ]);
    const money = tables[5].rows.find((r) => r[0] === 'Tula Oblast')!;
    const theta = (0.4 * 1466025) / 1000070; // populations of Tula and Kaluga in data/reference/regions.csv
    expect(money.slice(-5)).toEqual([
      expect.closeTo(theta, 6),
      expect.closeTo(1, 6),
      expect.closeTo(theta, 6),
      false,
      'Kaluga Oblast',
    ]);
  });
});
