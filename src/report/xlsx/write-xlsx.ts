/**
 * Writes the publication workbook `rating-<period>.xlsx` with the sheets Ranking, Services, Stages, Indicators,
 * Robustness, Methodology, Inputs and About (names and headers in the publication language). The workbook's
 * created/modified dates and the dates of the zip entries are the run's computation time, never the clock, so the
 * same run gives the same bytes. Every text cell is neutralised against formula injection (neutralise-workbook.ts).
 * Returns the file name relative to `dir`.
 */
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, PublicationModel } from '../model.js';
import { profileInputs, type InputProfile } from '../profile/profile-inputs.js';
import { addAboutSheet, addInputsSheet } from './about-sheets.js';
import { addMethodologySheet, addRobustnessSheet } from './analysis-sheets.js';
import { addIndicatorsSheet, addMatrixSheet, addRankingSheet } from './data-sheets.js';
import { setZipEntryDates } from '../../zip/entry-dates.js';
import { neutraliseWorkbook } from './neutralise-workbook.js';
import { type FileMark, markNote, modelFileMark } from '../marking.js';

/** `rating-2019.xlsx`, or with the run's marks `rating-2019-DRAFT.xlsx` (src/report/marking.ts). */
export const workbookName = (period: number, mark: FileMark = ''): string => `rating-${period}${mark}.xlsx`;

export function buildWorkbook(model: PublicationModel, lang: Lang, profile: InputProfile): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const at = new Date(model.run.computedAt);
  workbook.creator = `egov-monitor ${model.softwareVersion}`;
  workbook.lastModifiedBy = `egov-monitor ${model.softwareVersion}`;
  workbook.created = at;
  workbook.modified = at;
  workbook.lastPrinted = at;
  workbook.title = `rating-${model.period}`;
  const mark = markNote(model);
  if (mark) workbook.description = mark;
  addRankingSheet(workbook, model, lang);
  addMatrixSheet(workbook, model, lang, 'services');
  addMatrixSheet(workbook, model, lang, 'stages');
  addIndicatorsSheet(workbook, model, lang);
  addRobustnessSheet(workbook, model, lang);
  addMethodologySheet(workbook, model, lang);
  addInputsSheet(workbook, model, lang, profile);
  addAboutSheet(workbook, model, lang);
  return neutraliseWorkbook(workbook);
}

export async function writeWorkbook(model: PublicationModel, dir: string, lang: Lang): Promise<string> {
  const profile = await profileInputs(model.values);
  const file = workbookName(model.period, modelFileMark(model));
  const bytes = Buffer.from(await buildWorkbook(model, lang, profile).xlsx.writeBuffer());
  await writeFile(join(dir, file), setZipEntryDates(bytes, new Date(model.run.computedAt)));
  return file;
}
