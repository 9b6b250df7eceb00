/**
 * Benchmark of a full publication of one demo year (workbook, CSV, all charts, 85 factsheets, manifest), with the
 * time of every part: median of several exports. Target: under 10 s on the 2-core machine. The charts render on worker
 * threads while the workbook, tables and factsheets are written, so the parts overlap: their times add up to more than
 * the total. CPU time (this process and its threads) and the load average are printed too: on a shared machine the wall
 * time says more about the neighbours than about the code.
 *
 * Run `egov demo` first (it leaves its database in .egov/demo), then:
 *   node --import tsx bench/export.ts [--data-dir .egov/demo] [--run ID] [--repeats 3]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os, { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../src/db/connect.js';
import { loadPublicationModel } from '../src/report/load-model.js';
import { writePublication } from '../src/report/write-publication.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dataDir = arg('--data-dir', '.egov/demo');
const repeats = Number(arg('--repeats', '3'));
if (!existsSync(dataDir)) {
  console.error(`no demo database in ${dataDir}: run "node bin/egov.js demo" first`);
  process.exit(2);
}
const database = await connect({ dataDir });
const latest = await database.db
  .selectFrom('rating_run')
  .select('id')
  .where('status', '=', 'published')
  .orderBy('period', 'desc')
  .executeTakeFirstOrThrow();
const runId = Number(arg('--run', String(latest.id)));
const parts = new Map<string, number[]>();
const totals: number[] = [];
const cpu: number[] = [];
const loads: number[] = [];
let files = 0;
for (let r = 0; r < repeats; r++) {
  const dir = mkdtempSync(join(tmpdir(), 'egov-bench-export-'));
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  loads.push(loadavg()[0]!);
  const loadStart = performance.now();
  const model = await loadPublicationModel(database.db, runId);
  (parts.get('load model') ?? parts.set('load model', []).get('load model')!).push(performance.now() - loadStart);
  const manifest = await writePublication(model, dir, {
    lang: 'ru',
    onPart: (part, ms) => (parts.get(part) ?? parts.set(part, []).get(part)!).push(ms),
  });
  totals.push(performance.now() - started);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  files = manifest.files.length;
  rmSync(dir, { recursive: true, force: true });
}
await database.close();
console.log(`export of run ${runId}: ${files} files (85 factsheets), median of ${repeats} runs`);
for (const [part, ms] of parts) console.log(`  ${part.padEnd(16)} ${(median(ms) / 1000).toFixed(2).padStart(7)} s`);
console.log(`  ${'total'.padEnd(16)} ${(median(totals) / 1000).toFixed(2).padStart(7)} s   (target < 10 s)`);
console.log(
  `  ${'CPU time'.padEnd(16)} ${(median(cpu) / 1000).toFixed(2).padStart(7)} s   (all threads of this process)`,
);
console.log(
  `  load average at start: ${loads.map((l) => l.toFixed(1)).join(', ')} on ${os.availableParallelism()} cores`,
);
