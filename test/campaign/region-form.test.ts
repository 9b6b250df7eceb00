/**
 * The region's form: generated with the region prefilled, one row per service × indicator asked, validation and
 * protection as a person sees them in Excel; filled programmatically (and once saved through LibreOffice), it is read
 * back by the ingest exactly; a row naming another region is refused.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { openCampaign } from '../../src/campaign/campaign-store.js';
import {
  FORM_DATA_SHEET,
  FORM_FIRST_DATA_ROW,
  FORM_HEADER,
  FORM_VALUE_COLUMN,
  loadRegionFormInput,
  regionFormWorkbook,
} from '../../src/campaign/region-form.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { IngestRejectedError } from '../../src/ingest/rejected-error.js';
import type { Database } from '../../src/db/connect.js';
import { describeEachDatabase } from '../support/database.js';
import { tempDir } from '../ingest/helpers.js';
import { fillForm } from './fill-form.js';
import { SOFFICE, saveThroughLibreOffice } from './libreoffice.js';

const ASKED = ['info_complete', 'info_current', 'smev_e_share'];
const ANSWERS = ['да', 'частично', 'нет'];
/** The test's own answers: info_complete 50 + k (k = the service's place), info_current cycles да/частично/нет. */
function answer(services: string[]) {
  return (service: string, indicator: string): string | number => {
    const k = services.indexOf(service);
    if (indicator === 'info_complete') return 50 + k;
    if (indicator === 'info_current') return ANSWERS[k % 3];
    return 12.25;
  };
}
/** The same answers as the database must hold them: да = 1, частично = 0.5, нет = 0. */
function expected(services: string[]): string[] {
  return services
    .flatMap((s, k) => [
      `${s}|info_complete|${50 + k}`,
      `${s}|info_current|${[1, 0.5, 0][k % 3]}`,
      `${s}|smev_e_share|12.25`,
    ])
    .sort();
}

async function stored(database: Database, region: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('measurement')
    .select(['service_id', 'indicator_id', 'value'])
    .where('region_code', '=', region)
    .where('period', '=', 2026)
    .execute();
  return rows.map((r) => `${r.service_id}|${r.indicator_id}|${Number(r.value)}`).sort();
}

async function setUp(database: Database) {
  const campaign = await openCampaign(
    database.db,
    { period: 2026, kinds: ['measurements'], indicators: ASKED, deadline: '2027-02-01' },
    { actor: 'cli', role: 'operator' },
  );
  const input = await loadRegionFormInput(database.db, campaign, 'RU-TUL');
  const form = Buffer.from(await regionFormWorkbook(input).xlsx.writeBuffer());
  return { campaign, input, form, services: input.services.map((s) => s.id) };
}

describeEachDatabase('the region form on $name', ({ open }) => {
  test('is prefilled, validated and protected as a person sees it in Excel', async () => {
    const database = await open();
    try {
      const { form, services } = await setUp(database);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(form as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Инструкция', 'Данные']);
      const sheet = workbook.getWorksheet(FORM_DATA_SHEET)!;
      expect(sheet.getRow(3).values).toEqual([undefined, ...FORM_HEADER]);
      expect(services).toHaveLength(18);
      expect(sheet.rowCount).toBe(FORM_FIRST_DATA_ROW - 1 + 18 * 3);
      const first = sheet.getRow(FORM_FIRST_DATA_ROW);
      expect([first.getCell(2).value, first.getCell(3).value, first.getCell(6).value, first.getCell(8).value]).toEqual([
        'RU-TUL',
        'Тульская область',
        'info_complete',
        '%',
      ]);
      expect(first.getCell(FORM_VALUE_COLUMN).dataValidation).toMatchObject({
        type: 'decimal',
        operator: 'between',
        formulae: [0, 100],
      });
      const yesNo = sheet.getRow(FORM_FIRST_DATA_ROW + 1).getCell(FORM_VALUE_COLUMN);
      expect(yesNo.dataValidation).toMatchObject({ type: 'list', formulae: ['"да,частично,нет"'] });
      // The sheet is protected; the value cells are the unlocked ones, the codes stay locked.
      expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
      expect(yesNo.protection).toMatchObject({ locked: false });
      expect(first.getCell(2).protection?.locked).not.toBe(false);
    } finally {
      await database.close();
    }
  });

  test('filled in, it is read back exactly; a bad value is a reject naming row, column and value', async () => {
    const database = await open();
    const dir = tempDir();
    try {
      const { form, services } = await setUp(database);
      const answers = answer(services);
      const bad = dir.write(
        'bad.xlsx',
        await fillForm(form, (s, i) => (s === services[2] && i === 'info_current' ? 'иногда' : answers(s, i))),
      );
      const refused = await ingestFiles(database, [bad], {
        kind: 'measurements',
        period: 2026,
        onlyRegion: 'RU-TUL',
        replace: true,
      }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(IngestRejectedError);
      expect((refused as IngestRejectedError).summary.firstRejects).toEqual([
        expect.objectContaining({ line: FORM_FIRST_DATA_ROW + 2 * 3 + 1, column: 'value', value: 'иногда' }),
      ]);
      expect(await stored(database, 'RU-TUL')).toEqual([]);
      const good = dir.write('good.xlsx', await fillForm(form, answers));
      const summary = await ingestFiles(database, [good], {
        kind: 'measurements',
        period: 2026,
        onlyRegion: 'RU-TUL',
        replace: true,
      });
      expect(summary).toMatchObject({ status: 'committed', rowsAccepted: 54, rowsRejected: 0, values: 54 });
      expect(await stored(database, 'RU-TUL')).toEqual(expected(services));
    } finally {
      dir.remove();
      await database.close();
    }
  });

  test('a form naming another region is refused row by row for a regional upload', async () => {
    const database = await open();
    const dir = tempDir();
    try {
      const campaign = await openCampaign(
        database.db,
        { period: 2026, kinds: ['measurements'], indicators: ['info_current'], deadline: '2027-02-01' },
        { actor: 'cli', role: 'operator' },
      );
      const other = await loadRegionFormInput(database.db, campaign, 'RU-SMO');
      const form = Buffer.from(await regionFormWorkbook(other).xlsx.writeBuffer());
      const file = dir.write('smo.xlsx', await fillForm(form, () => 'да'));
      const refused = (await ingestFiles(database, [file], {
        kind: 'measurements',
        period: 2026,
        onlyRegion: 'RU-TUL',
        replace: true,
      }).catch((e: unknown) => e)) as IngestRejectedError;
      expect(refused).toBeInstanceOf(IngestRejectedError);
      expect(refused.summary.rowsRejected).toBe(18);
      expect(refused.summary.firstRejects[0]).toMatchObject({
        column: 'region',
        value: 'RU-SMO',
        reason: 'the row names region RU-SMO; you may submit data only for your region RU-TUL',
      });
      expect(await stored(database, 'RU-SMO')).toEqual([]);
    } finally {
      dir.remove();
      await database.close();
    }
  });
});

describeEachDatabase('the region form saved by LibreOffice on $name', ({ open }) => {
  (SOFFICE ? test : test.skip)(
    'is read back with the same values',
    async () => {
      const database = await open();
      const dir = tempDir();
      try {
        const { form, services } = await setUp(database);
        const filled = dir.write('form.xlsx', await fillForm(form, answer(services)));
        const out = join(dir.path, 'lo');
        const saved = saveThroughLibreOffice(filled, out);
        const summary = await ingestFiles(database, [saved], {
          kind: 'measurements',
          period: 2026,
          onlyRegion: 'RU-TUL',
          replace: true,
        });
        expect(summary).toMatchObject({ status: 'committed', rowsAccepted: 54, rowsRejected: 0 });
        expect(await stored(database, 'RU-TUL')).toEqual(expected(services));
      } finally {
        dir.remove();
        await database.close();
      }
    },
    240_000,
  );
});
