/**
 * What the ingest benches (bench/ingest.ts, bench/citus.ts) share: the SYNTHETIC application log they ingest (seeded
 * by the row number: every region, service and channel; deterministic), optionally with the COPY lines of the same
 * rows for a plain-COPY floor, and the timing helpers (a timed call, the median of runs).
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { loadCatalogue } from '../../src/reference/catalogue.js';

export const BENCH_PERIOD = 2017;

export const APPLICATION_HEADER =
  'application_id,region,oktmo,service,channel,submitted_at,registered_at,interagency_sent_at,interagency_answered_at,decided_at,delivered_at,outcome,deadline_days,rating';

/**
 * Writes `rows` SYNTHETIC application rows as the CSV the ingest reads (`csvPath`) and, when `copyPath` is given, the
 * same rows as the COPY lines of the application table with batch id `copyBatchId`.
 */
export async function writeApplicationLog(
  rows: number,
  csvPath: string,
  copyPath?: string,
  copyBatchId = 1,
): Promise<void> {
  const catalogue = loadCatalogue();
  const regions = catalogue.regions.map((r) => ({ code: r.code, oktmo: r.oktmo }));
  const services = catalogue.services.map((s) => s.id);
  const channels = ['portal', 'mfc', 'mobile_office', 'paper'];
  const day = 86_400_000;
  const base = Date.UTC(BENCH_PERIOD, 0, 1, 9);
  const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
  const csv = createWriteStream(csvPath);
  const copy = copyPath ? createWriteStream(copyPath) : null;
  csv.write(`${APPLICATION_HEADER}\n`);
  let csvBuffer: string[] = [];
  let copyBuffer: string[] = [];
  const flush = async () => {
    const pending = [write(csv, csvBuffer), copy ? write(copy, copyBuffer) : true];
    csvBuffer = [];
    copyBuffer = [];
    await Promise.all(pending);
  };
  for (let i = 0; i < rows; i++) {
    const region = regions[i % regions.length];
    const service = services[(i >>> 3) % services.length];
    const channel = channels[(i * 7) % 4];
    const submitted = base + ((i * 7919) % 330) * day + (i % 480) * 60_000;
    const sent = i % 3 === 0 ? submitted + day : null;
    const answered = sent === null ? null : sent + (1 + (i % 5)) * day;
    const decided = i % 10 === 9 ? null : submitted + (2 + (i % 40)) * day;
    const delivered = decided !== null && i % 2 === 0 ? decided + (i % 4) * day : null;
    const outcome = decided === null ? '' : i % 11 === 0 ? 'refused' : 'issued';
    const rating = i % 3 === 1 ? String(1 + (i % 5)) : '';
    const times = [iso(submitted), '', iso(sent), iso(answered), iso(decided), iso(delivered)].join(',');
    csvBuffer.push(`B${i},${region.code},${region.oktmo},${service},${channel},${times},${outcome},30,${rating}\n`);
    if (copy)
      copyBuffer.push(
        `${BENCH_PERIOD},${region.code},B${i},${region.oktmo},${service},${channel},${times},${outcome},30,${rating},${copyBatchId}\n`,
      );
    if (csvBuffer.length === 10_000) await flush();
  }
  await flush();
  const streams = copy ? [csv, copy] : [csv];
  for (const stream of streams) stream.end();
  await Promise.all(streams.map((stream) => once(stream, 'finish')));
}

/** Writes the lines; resolves at once, or on 'drain' when the stream's buffer is full (listener set before any await). */
function write(stream: WriteStream, lines: string[]): Promise<unknown> | true {
  return stream.write(lines.join('')) || once(stream, 'drain');
}

/** Milliseconds taken by `work`. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
