/**
 * Writes the ranking and the tidy indicator table as CSV, each in both dialects (see csv-text.ts):
 * `ranking-<period>.csv`, `ranking-<period>-excel-ru.csv`, `indicators-<period>.csv`, `indicators-<period>-excel-ru.csv`
 * (with the run's marks after the period: `ranking-2019-DRAFT-excel-ru.csv`, see src/report/marking.ts).
 * Returns the file names relative to `dir`, in that order.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, PublicationModel } from '../model.js';
import { modelFileMark } from '../marking.js';
import { csvText, type CsvDialect } from './csv-text.js';
import { indicatorTable, rankingTable, type Table } from './tables.js';

export async function writeCsvFiles(model: PublicationModel, dir: string, lang: Lang): Promise<string[]> {
  const mark = modelFileMark(model);
  const tables: [string, Table][] = [
    [`ranking-${model.period}${mark}`, rankingTable(model, lang)],
    [`indicators-${model.period}${mark}`, indicatorTable(model, lang)],
  ];
  const files: string[] = [];
  for (const [stem, table] of tables) {
    for (const [suffix, dialect] of [
      ['', 'comma'],
      ['-excel-ru', 'excel-ru'],
    ] as [string, CsvDialect][]) {
      const file = `${stem}${suffix}.csv`;
      await writeFile(join(dir, file), csvText(table.header, table.rows, dialect), 'utf8');
      files.push(file);
    }
  }
  return files;
}
