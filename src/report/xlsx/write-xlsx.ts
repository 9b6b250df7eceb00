/**
 * Writes the publication workbook `rating-<period>.xlsx` with the sheets Ranking, Services, Stages, Indicators,
 * Robustness, Methodology, Inputs and About (names and headers in the publication language), with the project's
 * own SpreadsheetML writer (src/xlsx-writer). The workbook's created/modified dates and the dates of the zip
 * entries are the run's computation time, never the clock, so the same run gives the same bytes. Every text cell is
 * neutralised against formula injection by the writer itself (src/xlsx-writer/shared-strings.ts).
 * Returns the file name relative to `dir`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../xlsx-writer/xlsx-workbook.js';
import type { Lang, PublicationModel } from '../model.js';
import { profileInputs, type InputProfile } from '../profile/profile-inputs.js';
import { addAboutSheet, addInputsSheet } from './about-sheets.js';
import { addMethodologySheet, addRobustnessSheet } from './analysis-sheets.js';
import { addIndicatorsSheet, addMatrixSheet, addRankingSheet } from './data-sheets.js';
import { type FileMark, markNote, modelFileMark } from '../marking.js';

/** `rating-2019.xlsx`, or with the run's marks `rating-2019-DRAFT.xlsx` (src/report/marking.ts). */
export const workbookName = (period: number, mark: FileMark = ''): string => `rating-${period}${mark}.xlsx`;

export function buildWorkbook(model: PublicationModel, lang: Lang, profile: InputProfile): XlsxWorkbook {
  const software = `egov-monitor ${model.softwareVersion}`;
  const mark = markNote(model);
  const workbook = new XlsxWorkbook({
    creator: software,
    lastModifiedBy: software,
    at: new Date(model.run.computedAt),
    title: `rating-${model.period}`,
    ...(mark ? { description: mark } : {}),
  });
  addRankingSheet(workbook, model, lang);
  addMatrixSheet(workbook, model, lang, 'services');
  addMatrixSheet(workbook, model, lang, 'stages');
  addIndicatorsSheet(workbook, model, lang);
  addRobustnessSheet(workbook, model, lang);
  addMethodologySheet(workbook, model, lang);
  addInputsSheet(workbook, model, lang, profile);
  addAboutSheet(workbook, model, lang);
  return workbook;
}

export async function writeWorkbook(model: PublicationModel, dir: string, lang: Lang): Promise<string> {
  const profile = await profileInputs(model.values);
  const file = workbookName(model.period, modelFileMark(model));
  await writeFile(join(dir, file), buildWorkbook(model, lang, profile).toBuffer());
  return file;
}
