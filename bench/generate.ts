/**
 * Benchmark of the synthetic demo generator. Prints figures, asserts nothing.
 *   node --import tsx bench/generate.ts [APPLICATIONS=2000000] [OUT_DIR=tmp/bench-demo]
 * 1. the default demo file set (parameters.json: 300,000 applications), wall time;
 * 2. one year of APPLICATIONS application rows streamed to CSV: rows/s, MB/s and peak RSS sampled every 100 ms
 *    (constant memory: the peak should not grow with APPLICATIONS).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../src/reference/catalogue.js';
import { loadDemoParameters } from '../src/demo/demo-parameters.js';
import { writeApplicationsCsv } from '../src/demo/application-csv-writer.js';
import { generateApplications } from '../src/demo/generate/applications.js';
import { demoMunicipalities } from '../src/demo/generate/municipalities.js';
import { loadMunicipalUnits, municipalitiesByRegion } from '../src/reference/municipalities.js';
import { regionProfiles } from '../src/demo/generate/region-profiles.js';
import { generateDemoFiles } from '../src/demo/write-files.js';

const applications = Number(process.argv[2] ?? 2_000_000);
const outDir = process.argv[3] ?? 'tmp/bench-demo';
const seconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e9;
/** CPU seconds (user + system) since `from`: less sensitive than wall time on a shared machine. */
const cpu = (from: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

rmSync(outDir, { recursive: true, force: true });
let started = process.hrtime.bigint();
let cpuStart = process.cpuUsage();
const set = await generateDemoFiles(join(outDir, 'default'));
console.log(
  `default file set: ${set.files.length} files, ${set.files.filter((f) => f.kind === 'applications').reduce((s, f) => s + f.rows, 0)} applications, ${seconds(started).toFixed(2)} s wall, ${cpu(cpuStart).toFixed(2)} s CPU`,
);

const catalogue = loadCatalogue();
const params = loadDemoParameters();
const profiles = regionProfiles(catalogue.regions, params);
const units = municipalitiesByRegion(catalogue.regions, loadMunicipalUnits());
const municipalities = new Map(
  catalogue.regions.map((r) => [r.code, demoMunicipalities(r, units.get(r.code)!, params.seed)]),
);
mkdirSync(outDir, { recursive: true });
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
started = process.hrtime.bigint();
cpuStart = process.cpuUsage();
const year = params.years[params.years.length - 1];
const written = await writeApplicationsCsv(
  join(outDir, `SYNTHETIC-applications-${year}-bench.csv`),
  generateApplications(catalogue, profiles, municipalities, params, year, applications),
);
const elapsed = seconds(started);
const cpuSeconds = cpu(cpuStart);
clearInterval(sampler);
console.log(
  `applications: ${written.rows} rows, ${(written.bytes / 1e6).toFixed(0)} MB in ${elapsed.toFixed(2)} s = ` +
    `${Math.round(written.rows / elapsed)} rows/s, ${(written.bytes / 1e6 / elapsed).toFixed(1)} MB/s (${Math.round(written.rows / cpuSeconds)} rows per CPU second), peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
);
rmSync(outDir, { recursive: true, force: true });
