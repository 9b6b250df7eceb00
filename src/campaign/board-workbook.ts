/**
 * The analysts' board as an XLSX workbook (exceljs; pure, no I/O — the caller writes `xlsx.writeBuffer()`): one sheet,
 * a banner row with the marks (the board is never published, so always ЧЕРНОВИК/DRAFT; СИНТЕТИЧЕСКИЕ/SYNTHETIC when
 * the period's data is synthetic), a header row in Russian and English, then one row per region of the board as
 * filtered: code, name, federal district, and per data kind its status (in the board's language), values, rejects and
 * the time of the latest submission (UTC). Every text cell goes through the publication's formula neutralisation
 * (src/report/xlsx/neutralise-workbook.ts). The file name carries the same marks as the publication's files.
 */
import ExcelJS from 'exceljs';
import { DRAFT_TEXT, fileMark, SYNTHETIC_TEXT } from '../report/marking.js';
import { neutraliseWorkbook } from '../report/xlsx/neutralise-workbook.js';
import { addTableSheet, type ColumnSpec } from '../report/xlsx/table-sheet.js';
import type { Board } from './board.js';
import { BOARD_STATUS_TEXT } from './board-status.js';
import type { Campaign } from './campaign-store.js';

export const BOARD_SHEET = 'Ход сбора';

/** "ЧЕРНОВИК … · СИНТЕТИЧЕСКИЕ … / DRAFT … · SYNTHETIC …". */
export function boardMarks(synthetic: boolean): string {
  const marks = (lang: 'ru' | 'en') => [DRAFT_TEXT[lang], ...(synthetic ? [SYNTHETIC_TEXT[lang]] : [])].join(' · ');
  return `${marks('ru')} / ${marks('en')}`;
}

export function boardFileName(campaign: Pick<Campaign, 'id' | 'period'>, synthetic: boolean): string {
  return `egov-board-${campaign.period}-c${campaign.id}${fileMark({ status: 'draft' }, synthetic)}.xlsx`;
}

export function boardWorkbook(campaign: Campaign, board: Board, lang: 'ru' | 'en'): ExcelJS.Workbook {
  const districtName = new Map(board.districts.map((d) => [d.code, d.name]));
  const columns: ColumnSpec[] = [
    { header: 'Код региона / Region code', width: 14 },
    { header: 'Регион / Region', width: 36 },
    { header: 'Федеральный округ / Federal district', width: 30 },
    ...campaign.kinds.flatMap((kind): ColumnSpec[] => [
      { header: `${kind}: статус / status`, width: 26 },
      { header: `${kind}: значений / values`, width: 14 },
      { header: `${kind}: ошибок / rejects`, width: 14 },
      { header: `${kind}: последняя отправка, UTC / last submission, UTC`, width: 22 },
    ]),
  ];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(campaign.openedAt);
  addTableSheet(workbook, {
    name: BOARD_SHEET,
    banner: boardMarks(board.synthetic),
    columns,
    rows: board.rows.map((r) => [
      r.code,
      r.name,
      districtName.get(r.district) ?? r.district,
      ...r.cells.flatMap((c) => [
        BOARD_STATUS_TEXT[c.status][lang],
        c.values,
        c.rejects,
        c.last ? c.last.replace('T', ' ').slice(0, 19) : null,
      ]),
    ]),
  });
  return neutraliseWorkbook(workbook);
}
