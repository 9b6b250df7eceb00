/**
 * Writes the synthetic demo dataset to a folder: measurements (several formats per year), application logs
 * (streamed), adoption targets and programme spending (one file per year), SYNTHETIC-README.txt and SYNTHETIC-manifest.json.
 * Deterministic: the same seed and parameters give byte-identical files.
 *
 * @example await generateDemoFiles('reports/demo/data', { seed: 7, applications: 50_000 })
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCatalogue, type Catalogue } from '../reference/catalogue.js';
import { loadMunicipalUnits, municipalitiesByRegion } from '../reference/municipalities.js';
import type { DemoFile, DemoFileKind, DemoFileSet } from './demo-file-set.js';
import { loadDemoParameters, type DemoOverrides } from './demo-parameters.js';
import { generateApplications, regionYearCounts } from './generate/applications.js';
import { applicationsPerYear } from './generate/application-volume.js';
import type { MeasurementRecord } from './generate/measurements.js';
import { demoMunicipalities } from './generate/municipalities.js';
import { regionProfiles } from './generate/region-profiles.js';
import { generateSpending } from './generate/spending.js';
import { generateTargets } from './generate/targets.js';
import { writeApplicationsCsv } from './application-csv-writer.js';
import { writeTableCsv } from './measurement-csv-writer.js';
import { writeMeasurementFiles } from './write-measurement-files.js';
import { loadPublishedPlaces } from './published-places.js';
import { readmeLines } from './readme-text.js';

export interface DemoOptions extends DemoOverrides {
  /** Reference catalogue (default: data/reference). */
  catalogue?: Catalogue;
}

const ingestCommand = (name: string, kind: DemoFileKind, period: number): string =>
  `egov ingest ${name} --kind ${kind} --period ${period} --synthetic`;

/** Generates every demo file into `outDir` (created if needed) and describes them. */
export async function generateDemoFiles(outDir: string, options: DemoOptions = {}): Promise<DemoFileSet> {
  const params = loadDemoParameters({ seed: options.seed, applications: options.applications, years: options.years });
  const catalogue = options.catalogue ?? loadCatalogue();
  await mkdir(outDir, { recursive: true });
  const profiles = regionProfiles(catalogue.regions, params, loadPublishedPlaces());
  const years = params.years;
  const outliers: MeasurementRecord[] = [];
  const files: DemoFile[] = await writeMeasurementFiles(outDir, catalogue, profiles, params, outliers);

  const units = municipalitiesByRegion(catalogue.regions, loadMunicipalUnits());
  const municipalities = new Map(
    catalogue.regions.map((r) => [r.code, demoMunicipalities(r, units.get(r.code) ?? [], params.seed)]),
  );
  const perYear = applicationsPerYear(params.applications, years, params.applicationYearGrowth);
  for (const [i, year] of years.entries()) {
    const name = `SYNTHETIC-applications-${year}.csv`;
    const written = await writeApplicationsCsv(
      join(outDir, name),
      generateApplications(catalogue, profiles, municipalities, params, year, perYear[i]),
    );
    files.push({
      path: join(outDir, name),
      name,
      kind: 'applications',
      period: year,
      span: { from: year, to: year },
      format: 'csv-utf8',
      layout: 'applications',
      regionNaming: 'code',
      rows: written.rows,
      ingest: true,
      synthetic: true,
      sha256: written.sha256,
      ingestCommand: ingestCommand(name, 'applications', year),
    });
  }

  // One file per year: the ingest binds a batch of annual rows to one --period (and --replace replaces that year).
  const targets = generateTargets(profiles, params);
  const applicationCounts = new Map(
    years.flatMap((year, i) => [...regionYearCounts(catalogue, profiles, params, year, perYear[i])]),
  );
  const spending = generateSpending(profiles, params, applicationCounts);
  const annual = [
    ...params.targetYears.map((year) => ({
      kind: 'targets' as const,
      year,
      header: ['region', 'year', 'measured_share', 'target_share'],
      rows: targets.filter((t) => t.year === year).map((t) => [t.regionCode, t.year, t.measuredShare, t.targetShare]),
    })),
    ...years.map((year) => ({
      kind: 'spending' as const,
      year,
      header: ['region', 'year', 'programme', 'amount_rub'],
      rows: spending.filter((s) => s.year === year).map((s) => [s.regionCode, s.year, s.programme, s.amountRub]),
    })),
  ];
  for (const table of annual) {
    const name = `SYNTHETIC-${table.kind}-${table.year}.csv`;
    const sha256 = await writeTableCsv(join(outDir, name), table, 'utf8');
    files.push({
      path: join(outDir, name),
      name,
      kind: table.kind,
      period: table.year,
      span: { from: table.year, to: table.year },
      format: 'csv-utf8',
      layout: table.kind,
      regionNaming: 'code',
      rows: table.rows.length,
      ingest: true,
      synthetic: true,
      sha256,
      ingestCommand: ingestCommand(name, table.kind, table.year),
    });
  }

  const readmePath = join(outDir, 'SYNTHETIC-README.txt');
  await writeFile(
    readmePath,
    readmeLines(
      params,
      files.map((f) => f.name),
    ).join('\n') + '\n',
    'utf8',
  );
  const manifestPath = join(outDir, 'SYNTHETIC-manifest.json');
  const manifest = {
    synthetic: true,
    note: 'SYNTHETIC DEMO DATA: every value is invented (see SYNTHETIC-README.txt).',
    parameters: params,
    files: files.map(({ path: _path, ...rest }) => rest),
    measurementOutliers: outliers.map(({ note: _note, ...rest }) => rest),
  };
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  return { outDir, seed: params.seed, years, files, readmePath, manifestPath };
}
