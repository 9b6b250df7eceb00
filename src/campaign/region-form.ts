/**
 * The region's form of a campaign, as an XLSX workbook (exceljs): a first sheet of instructions (Russian, then
 * English), and the data sheet "Данные": a title row, then the header the ingest reads as a long measurement table
 * (region, service, indicator, unit, value; the name columns marked "(справочно)" are read and ignored, see
 * src/ingest/rows/header-map.ts), then one row per service × indicator asked for, the region prefilled. The value
 * cells carry data validation (an in-cell list да/частично/нет; a decimal or whole-number range from the
 * catalogue) and are the only unlocked cells of the protected sheet, with the note column.
 *
 * `regionFormWorkbook` is pure (no I/O): the caller writes `workbook.xlsx.writeBuffer()`.
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import type { Campaign } from './campaign-store.js';

export const FORM_DATA_SHEET = 'Данные';
export const FORM_INSTRUCTIONS_SHEET = 'Инструкция';
/** 1-based rows of the data sheet: the title, the header, the first data row. */
export const FORM_HEADER_ROW = 3;
export const FORM_FIRST_DATA_ROW = 4;

/** The header as written in the form; the ingest maps each cell to its canonical column or ignores it. */
export const FORM_HEADER = [
  '№ п/п',
  'Код региона',
  'Регион (справочно)',
  'Код услуги',
  'Наименование услуги (справочно)',
  'Код показателя',
  'Наименование показателя (справочно)',
  'Единица измерения',
  'Допустимые значения (справочно)',
  'Значение',
  'Примечание',
] as const;
/** 1-based column of the value cells and of the note cells. */
export const FORM_VALUE_COLUMN = FORM_HEADER.indexOf('Значение') + 1;
const NOTE_COLUMN = FORM_HEADER.indexOf('Примечание') + 1;

export const YES_PARTIAL_NO = ['да', 'частично', 'нет'] as const;

export interface FormIndicator {
  readonly id: string;
  readonly nameRu: string;
  readonly kind: 'yes_partial_no' | 'share' | 'duration' | 'count' | 'rating';
  readonly unit: string;
  readonly min: number | null;
  readonly max: number | null;
}

export interface RegionFormInput {
  readonly campaign: Pick<Campaign, 'id' | 'period' | 'deadline' | 'note'>;
  readonly region: { readonly code: string; readonly nameRu: string };
  readonly services: readonly { readonly id: string; readonly nameRu: string }[];
  /** In the order asked for. */
  readonly indicators: readonly FormIndicator[];
}

/** One data row of the form: which cell it asks for. */
export interface FormRow {
  readonly row: number;
  readonly serviceId: string;
  readonly indicator: FormIndicator;
}

/** The rows of the data sheet, service by service, each with the indicators asked for. */
export function formRows(input: RegionFormInput): FormRow[] {
  return input.services.flatMap((service, s) =>
    input.indicators.map((indicator, i) => ({
      row: FORM_FIRST_DATA_ROW + s * input.indicators.length + i,
      serviceId: service.id,
      indicator,
    })),
  );
}

/** What a value cell accepts, in words (the "Допустимые значения" column and the validation's messages). */
export function allowedValues(indicator: FormIndicator): string {
  if (indicator.kind === 'yes_partial_no') return YES_PARTIAL_NO.join(' / ');
  const low = indicator.min ?? (indicator.kind === 'count' ? 0 : null);
  const range =
    low !== null && indicator.max !== null
      ? `от ${low} до ${indicator.max}`
      : low !== null
        ? `не меньше ${low}`
        : indicator.max !== null
          ? `не больше ${indicator.max}`
          : 'любое число';
  return indicator.kind === 'count' ? `целое число ${range}` : `число ${range}`;
}

function validation(indicator: FormIndicator): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Недопустимое значение' };
  if (indicator.kind === 'yes_partial_no') {
    return {
      ...common,
      type: 'list',
      formulae: [`"${YES_PARTIAL_NO.join(',')}"`],
      error: `Выберите ${YES_PARTIAL_NO.join(', ')}`,
    } as ExcelJS.DataValidation;
  }
  const low = indicator.min ?? (indicator.kind === 'count' ? 0 : -1e15);
  const high = indicator.max ?? 1e15;
  return {
    ...common,
    type: indicator.kind === 'count' ? 'whole' : 'decimal',
    operator: 'between',
    formulae: [low, high],
    error: `Введите ${allowedValues(indicator)}`,
  } as ExcelJS.DataValidation;
}

const INSTRUCTIONS = (input: RegionFormInput): string[] => [
  `Форма сбора данных мониторинга за ${input.campaign.period} год (кампания ${input.campaign.id})`,
  `Регион: ${input.region.nameRu} (${input.region.code}). Срок представления: ${input.campaign.deadline}.`,
  ...(input.campaign.note ? [`Примечание аналитиков: ${input.campaign.note}`] : []),
  '',
  `1. Заполните столбец «Значение» на листе «${FORM_DATA_SHEET}» — по одной строке на услугу и показатель.`,
  '2. Для показателей «да / частично / нет» выберите значение из списка в ячейке.',
  '3. Числа вводите без единиц измерения; доли — в процентах от 0 до 100, сроки — в днях.',
  '4. Не меняйте коды региона, услуги и показателя и не переставляйте столбцы: лист защищён, открыты только «Значение» и «Примечание».',
  '5. Пустое значение — ошибка: заполните каждую строку (или удалите строку, если показатель не измерялся).',
  '6. Загрузите файл на странице региона в кампании. Если в файле есть ошибки, ничего не сохраняется: ' +
    'страница покажет каждую ошибку (строка, столбец, значение, причина) — исправьте файл и загрузите его снова.',
  '7. Исправление после приёма: загрузите файл с исправленными значениями; прежние значения сохраняются в истории.',
  '',
  `Data collection form for ${input.campaign.period} (campaign ${input.campaign.id}), region ${input.region.code}.`,
  `Fill in the "Значение" (value) column of the "${FORM_DATA_SHEET}" sheet: one row per service and indicator;`,
  'yes/partial/no indicators take да / частично / нет from the in-cell list; numbers without units (shares in % 0–100,',
  'durations in days). Do not change the codes. Upload the file on the region page of the campaign; a file with',
  'errors stores nothing and the page lists every error with row, column, value and reason.',
];

export function regionFormWorkbook(input: RegionFormInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'egov-monitor';
  workbook.title = `Мониторинг ${input.campaign.period}: ${input.region.code}`;
  const instructions = workbook.addWorksheet(FORM_INSTRUCTIONS_SHEET);
  instructions.getColumn(1).width = 120;
  INSTRUCTIONS(input).forEach((line, i) => {
    instructions.getCell(i + 1, 1).value = line;
  });
  instructions.getCell(1, 1).font = { bold: true, size: 13 };
  instructions.protect('', { selectLockedCells: true });

  const sheet = workbook.addWorksheet(FORM_DATA_SHEET, { views: [{ state: 'frozen', ySplit: FORM_HEADER_ROW }] });
  sheet.getCell(1, 1).value =
    `Мониторинг ${input.campaign.period} · ${input.region.nameRu} (${input.region.code}) · срок ${input.campaign.deadline}`;
  sheet.getCell(1, 1).font = { bold: true };
  const header = sheet.getRow(FORM_HEADER_ROW);
  header.values = [...FORM_HEADER];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  [6, 10, 10, 14, 40, 16, 44, 12, 24, 14, 30].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const services = new Map(input.services.map((s) => [s.id, s.nameRu]));
  for (const [n, { row, serviceId, indicator }] of formRows(input).entries()) {
    const r = sheet.getRow(row);
    r.values = [
      n + 1,
      input.region.code,
      input.region.nameRu,
      serviceId,
      services.get(serviceId) ?? serviceId,
      indicator.id,
      indicator.nameRu,
      indicator.unit,
      allowedValues(indicator),
    ];
    const value = r.getCell(FORM_VALUE_COLUMN);
    value.dataValidation = validation(indicator);
    value.protection = { locked: false };
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    r.getCell(NOTE_COLUMN).protection = { locked: false };
  }
  sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: false,
    autoFilter: false,
  });
  return workbook;
}

/** The form's input read from the database: the campaign's indicators, every service, the region's name. */
export async function loadRegionFormInput(
  db: Kysely<DB>,
  campaign: Campaign,
  regionCode: string,
): Promise<RegionFormInput> {
  const [region, services, indicators] = await Promise.all([
    db.selectFrom('region').select(['code', 'name_ru']).where('code', '=', regionCode).executeTakeFirstOrThrow(),
    db.selectFrom('service').select(['id', 'name_ru']).orderBy('id').execute(),
    db
      .selectFrom('indicator')
      .select(['id', 'name_ru', 'kind', 'unit', 'min_value', 'max_value'])
      .where('id', 'in', [...campaign.indicators])
      .execute(),
  ]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return {
    campaign,
    region: { code: region.code, nameRu: region.name_ru },
    services: services.map((s) => ({ id: s.id, nameRu: s.name_ru })),
    indicators: campaign.indicators
      .map((id) => byId.get(id)!)
      .filter(Boolean)
      .map((i) => ({
        id: i.id,
        nameRu: i.name_ru,
        kind: i.kind,
        unit: i.unit,
        min: i.min_value === null ? null : Number(i.min_value),
        max: i.max_value === null ? null : Number(i.max_value),
      })),
  };
}

/** The file name offered for download: ASCII, so every browser and file system keeps it. */
export function regionFormFileName(campaign: Pick<Campaign, 'period' | 'id'>, regionCode: string): string {
  return `egov-form-${campaign.period}-c${campaign.id}-${regionCode}.xlsx`;
}
