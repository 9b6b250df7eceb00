/**
 * Writes every year's measurement files following the file plan (measurement-file-plan.ts): the same records of a
 * year, laid out long or wide, in UTF-8 CSV, Windows-1251 CSV (yes/partial/no as words) or XLSX.
 */
import { join } from 'node:path';
import type { Catalogue } from '../reference/catalogue.js';
import type { DemoFile } from './demo-file-set.js';
import { generateMeasurements, monitoringIndicators, type MeasurementRecord } from './generate/measurements.js';
import type { DemoParameters } from './generate/parameters.js';
import type { RegionProfile } from './generate/region-profiles.js';
import { writeTableCsv } from './measurement-csv-writer.js';
import { measurementFilePlan } from './measurement-file-plan.js';
import { measurementTable } from './measurement-table.js';
import { writeTableXlsx } from './measurement-xlsx-writer.js';
import { readmeLines } from './readme-text.js';

/** Writes the files, appends each year's outlier records to `outliers`, and returns the file descriptions. */
export async function writeMeasurementFiles(
  outDir: string,
  catalogue: Catalogue,
  profiles: readonly RegionProfile[],
  params: DemoParameters,
  outliers: MeasurementRecord[],
): Promise<DemoFile[]> {
  const indicators = monitoringIndicators(catalogue);
  const files: DemoFile[] = [];
  for (const [index, year] of params.years.entries()) {
    const records = generateMeasurements(catalogue, profiles, params, year);
    outliers.push(...records.filter((r) => r.note === 'outlier'));
    const plan = measurementFilePlan(year, index);
    for (const file of plan) {
      const path = join(outDir, file.name);
      const table = measurementTable(records, catalogue.regions, indicators, {
        layout: file.layout,
        naming: file.naming,
        yesPartialNoWords: file.format === 'csv-cp1251',
      });
      const sha256 =
        file.format === 'xlsx'
          ? await writeTableXlsx(path, table, {
              title: `мониторинг ${year} / monitoring ${year}`,
              documentDate: new Date(params.documentDate),
              indicators,
              stages: catalogue.stages,
              readmeLines: readmeLines(params, []),
            })
          : await writeTableCsv(path, table, file.format === 'csv-utf8' ? 'utf8' : 'cp1251');
      files.push({
        path,
        name: file.name,
        kind: 'measurements',
        period: year,
        span: { from: year, to: year },
        format: file.format,
        layout: file.layout,
        regionNaming: file.naming,
        rows: table.rows.length,
        ingest: file.ingest,
        synthetic: true,
        ...(file.ingest ? {} : { sameDataAs: plan[0].name }),
        sha256,
        ingestCommand: `egov ingest ${file.name} --kind measurements --period ${year} --synthetic`,
      });
    }
  }
  return files;
}
