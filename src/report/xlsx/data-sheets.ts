/**
 * The data sheets of the workbook: Ranking and Indicators (the same tables as the CSV, without the note column,
 * since every sheet carries the banner), and the Services and Stages matrices (region rows in ranking order, then
 * unrated regions by code; Services with a red–yellow–green colour scale over the scores).
 */
import type { XlsxWorkbook } from '../../xlsx-writer/xlsx-workbook.js';
import type { CsvCell } from '../csv/csv-text.js';
import { indicatorTable, RANKING_SCORE_DECIMALS, rankingScoreDecimals, rankingTable } from '../csv/tables.js';
import type { Lang, PublicationModel, ScoreMatrix } from '../model.js';
import { SHEETS, sheetBanner, t } from './labels.js';
import { addTable } from './publication-table.js';
import type { ColumnSpec } from './table-sheet.js';

const SCORE = '0.00';

const MORE_DECIMALS_NOTE = {
  ru: 'При двух знаках после запятой балл совпал бы с баллом региона на другом месте; места присваиваются по более точному баллу.',
  en: 'At 2 decimals the score would equal that of a region in another place; places follow the more precise score.',
} as const;

export function addRankingSheet(workbook: XlsxWorkbook, model: PublicationModel, lang: Lang): void {
  const table = rankingTable({ ...model, synthetic: false }, lang);
  const formats: (string | undefined)[] = [
    undefined,
    undefined,
    undefined,
    undefined,
    SCORE,
    undefined,
    undefined,
    '+0;-0;0',
    '+0.00;-0.00;0.00',
    '0.0',
    '0',
    '0',
  ];
  const widths = [8, 12, 36, 28, 10, 24, 12, 12, 12, 12, 10, 10];
  const { sheet, headerRow } = addTable(workbook, {
    name: SHEETS.ranking[lang],
    banner: sheetBanner(model, lang),
    rows: table.rows,
    columns: table.header.map((header, j) => ({ header, numFmt: formats[j], width: widths[j] })),
  });
  // A score shown with more than 2 decimals (two places would look equal at 2) gets that format and a note saying why.
  rankingScoreDecimals(model).forEach((d, i) => {
    if (d === RANKING_SCORE_DECIMALS) return;
    sheet.style(headerRow + 1 + i, 5, { numFmt: `0.${'0'.repeat(d)}` });
    sheet.note(headerRow + 1 + i, 5, MORE_DECIMALS_NOTE[lang]);
  });
  // The band cell (column 6) is filled with the band's colour, as on the map.
  const colour = new Map(model.bands.map((b) => [b.id, `FF${b.colour.slice(1).toUpperCase()}`]));
  model.ranking.forEach((r, i) => {
    const argb = r.bandId === null ? undefined : colour.get(r.bandId);
    if (argb) sheet.style(headerRow + 1 + i, 6, { fill: argb });
  });
}

export function addIndicatorsSheet(workbook: XlsxWorkbook, model: PublicationModel, lang: Lang): void {
  const table = indicatorTable({ ...model, synthetic: false }, lang);
  const widths = [8, 12, 30, 24, 36, 14, 24, 24, 40, 14, 14, 10, 10];
  const formats: (string | undefined)[] = [...Array<undefined>(9).fill(undefined), '0.####', SCORE, '0', '0'];
  addTable(workbook, {
    name: SHEETS.indicators[lang],
    banner: sheetBanner(model, lang),
    rows: table.rows,
    columns: table.header.map((header, j) => ({ header, numFmt: formats[j], width: widths[j] })),
  });
}

/** Region order of the matrices: by place, then regions without a place by code. */
function regionOrder(model: PublicationModel, matrix: ScoreMatrix): number[] {
  const place = new Map(model.ranking.map((r) => [r.regionCode, r.place]));
  return matrix.regionCodes
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (place.get(matrix.regionCodes[a]) ?? Infinity) - (place.get(matrix.regionCodes[b]) ?? Infinity) ||
        (matrix.regionCodes[a] < matrix.regionCodes[b] ? -1 : 1),
    );
}

export function addMatrixSheet(
  workbook: XlsxWorkbook,
  model: PublicationModel,
  lang: Lang,
  kind: 'services' | 'stages',
): void {
  const matrix = kind === 'services' ? model.serviceScores : model.stageScores;
  const names = new Map(model.regions.map((r) => [r.code, r.name[lang]]));
  const place = new Map(model.ranking.map((r) => [r.regionCode, r.place]));
  const columns: ColumnSpec[] = [
    { header: t(lang, 'место', 'place'), width: 8 },
    { header: t(lang, 'код_региона', 'region_code'), width: 12 },
    { header: t(lang, 'регион', 'region'), width: 36 },
    ...matrix.columns.map((c) => ({ header: c.name[lang], numFmt: SCORE, width: 14 })),
  ];
  const rows = regionOrder(model, matrix).map((i): CsvCell[] => {
    const code = matrix.regionCodes[i];
    return [place.get(code) ?? null, code, names.get(code) ?? code, ...matrix.values[i]];
  });
  const { sheet, headerRow } = addTable(workbook, {
    name: SHEETS[kind][lang],
    banner: sheetBanner(model, lang),
    columns,
    rows,
  });
  sheet.height(headerRow, 60);
  if (kind === 'services' && matrix.columns.length > 0 && rows.length > 0) {
    sheet.colourScale({
      top: headerRow + 1,
      left: 4,
      bottom: headerRow + rows.length,
      right: 3 + matrix.columns.length,
      colours: ['FFF8696B', 'FFFFEB84', 'FF63BE7B'],
    });
  }
}
