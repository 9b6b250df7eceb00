/**
 * The CSV parser's time against the chunk size, and against csv-parse (the library the product used before it kept
 * one parser): a SYNTHETIC application log of about 18 MB, parsed from memory in chunks of 64 KiB, 1 MiB and 4 MiB.
 * Quotes are rare, as in real logs (every 20 000th row has a quoted field holding the delimiter, a doubled quote and a
 * line break): a parser that searches for the next quote on every line is quadratic in the chunk size on such a file.
 * The product's parser must take about the same time at every chunk size; the old one took 0.8 s at 64 KiB and 12 s
 * at 4 MiB on a 22 MB log (on this log: 6.3 s, 47.5 s and 56.9 s, loaded machine). Prints the median of `--repeat`
 * runs (default 3) per chunk size.
 *
 * Run: node --import tsx bench/csv-parse.ts [--rows N] [--repeat R]
 */
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { parseCsvRecords } from '../src/text/csv-records.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function syntheticLog(rows: number): string {
  const parts: string[] = ['application_id,region,service,channel,submitted_at,outcome,comment\n'];
  for (let i = 0; i < rows; i++) {
    const comment = i % 20_000 === 0 ? `"заявитель: ""Иванов, И.""\nповторно"` : '';
    parts.push(`B${i},RU-SMO,marriage_registration,portal,2017-03-0${1 + (i % 9)}T09:00:00Z,issued,${comment}\n`);
  }
  return parts.join('');
}

function* chunksOf(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function ownParser(text: string, size: number): Promise<number> {
  let n = 0;
  for await (const record of parseCsvRecords(Readable.from(chunksOf(text, size)), ',', 1 << 20))
    n += record.cells.length;
  return n;
}

async function csvParse(text: string, size: number): Promise<number> {
  let n = 0;
  const parser = Readable.from(chunksOf(text, size)).pipe(parse({ delimiter: ',', skip_empty_lines: true }));
  for await (const record of parser as AsyncIterable<string[]>) n += record.length;
  return n;
}

async function median(repeat: number, work: () => Promise<number>): Promise<{ ms: number; cells: number }> {
  const times: number[] = [];
  let cells = 0;
  for (let r = 0; r < repeat; r++) {
    const started = performance.now();
    cells = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], cells };
}

const rows = arg('--rows', 250_000);
const repeat = arg('--repeat', 3);
const text = syntheticLog(rows);
console.log(`SYNTHETIC log: ${rows.toLocaleString('en-US')} rows, ${(text.length / 1e6).toFixed(1)} M characters`);
for (const [label, size] of [
  ['64 KiB', 64 * 1024],
  ['1 MiB', 1024 * 1024],
  ['4 MiB', 4 * 1024 * 1024],
] as const) {
  const own = await median(repeat, () => ownParser(text, size));
  const lib = await median(repeat, () => csvParse(text, size));
  if (own.cells !== lib.cells) throw new Error(`the parsers disagree: ${own.cells} cells against ${lib.cells}`);
  console.log(
    `chunks of ${label.padEnd(6)}  product parser ${(own.ms / 1000).toFixed(2).padStart(6)} s   csv-parse ${(lib.ms / 1000).toFixed(2).padStart(6)} s`,
  );
}
