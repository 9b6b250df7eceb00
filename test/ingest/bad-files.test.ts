/**
 * The bad-file corpus: each hostile or broken file is refused with a clear reason naming the file (and line or
 * column where there is one), in bounded time and memory, and the database stays exactly as it was.
 * Files are generated at run time (nothing large is committed).
 */
import ExcelJS from 'exceljs';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import type { IngestKind, IngestOptions } from '../../src/ingest/types.js';
import type { Database } from '../../src/db/connect.js';
import { describeEachDatabase } from '../support/database.js';
import { counts, tempDir, type TempDir } from './helpers.js';
import { writeZip } from './zip-writer.js';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const HEADER = 'region,service,indicator,value';
const GOOD = 'RU-SMO,marriage_registration,info_complete,87.5';

interface BadFile {
  name: string;
  make: () => Promise<string> | string;
  error: RegExp;
  kind?: IngestKind;
  options?: Partial<IngestOptions>;
}

const CORPUS: BadFile[] = [
  {
    name: 'binary junk',
    make: () => dir.write('junk.csv', Buffer.from([0x50, 0x00, 0xff, 0x13, 0x00, 0x88])),
    error: /junk\.csv:1: binary content \(NUL byte at offset 1\)/,
  },
  {
    name: 'wrong encoding (UTF-16)',
    make: () => dir.write('utf16.csv', Buffer.from(`${HEADER}\n${GOOD}\n`, 'utf16le')),
    error: /utf16\.csv:1: binary content/,
  },
  {
    name: 'mixed delimiters',
    make: () => dir.write('mixed.csv', `region;service;indicator;value\n${GOOD}\n`),
    error: /mixed\.csv:2: expected 4 cells as in the header, found 1/,
  },
  {
    name: 'unquoted decimal comma',
    make: () => dir.write('comma.csv', `${HEADER}\nRU-SMO,marriage_registration,info_complete,87,5\n`),
    error: /comma\.csv:2: expected 4 cells as in the header, found 5 \(wrong delimiter or unquoted decimal comma\?\)/,
  },
  {
    name: 'missing column',
    make: () => dir.write('missing.csv', 'region,service,indicator\nRU-SMO,marriage_registration,info_complete\n'),
    error: /missing\.csv:1: missing column\(s\) value/,
  },
  {
    name: 'extra column',
    make: () => dir.write('extra.csv', `${HEADER},comment\n${GOOD},ok\n`),
    error: /extra\.csv:1: unknown column\(s\) comment/,
  },
  {
    name: 'row with an extra cell',
    make: () => dir.write('extra-cell.csv', `${HEADER}\n${GOOD},surplus\n`),
    error: /extra-cell\.csv:2: expected 4 cells as in the header, found 5/,
  },
  {
    name: 'unknown region',
    make: () => dir.write('unknown.csv', `${HEADER}\nАтлантида,marriage_registration,info_complete,50\n`),
    error: /unknown\.csv:2: column "region": unknown region "Атлантида"/,
  },
  {
    name: 'ambiguous name',
    make: () => dir.write('ambiguous.csv', `${HEADER}\nРеспублика,marriage_registration,info_complete,50\n`),
    error: /ambiguous\.csv:2: column "region": ambiguous region "Республика": could be RU-AD, RU-AL/,
  },
  {
    name: 'out-of-range value',
    make: () => dir.write('range.csv', `${HEADER}\nRU-SMO,marriage_registration,info_current,2\n`),
    error: /range\.csv:2: column "value": "2" is not да\/частично\/нет/,
  },
  {
    name: 'duplicate rows',
    make: () => dir.write('dup.csv', `${HEADER}\n${GOOD}\n${GOOD}\n`),
    error: /dup\.csv:3: duplicate of .*dup\.csv:2/,
  },
  { name: 'empty file', make: () => dir.write('empty.csv', ''), error: /empty\.csv:1: empty file/ },
  { name: 'header only', make: () => dir.write('header.csv', `${HEADER}\n`), error: /header\.csv: no data rows/ },
  {
    name: 'blank lines only',
    make: () => dir.write('blank.csv', '\n\n\r\n;;;\n'),
    error: /blank\.csv:1: no header line/,
  },
  {
    name: 'quote never closed',
    make: () => dir.write('quote.csv', `${HEADER}\nRU-SMO,"marriage_registration,info_complete,1\n`),
    error: /quote\.csv:2:8: a quoted field is never closed/,
  },
  {
    name: 'formula text in a CSV cell',
    make: () => dir.write('formula.csv', `${HEADER}\nRU-SMO,marriage_registration,info_complete,=40+47.5\n`),
    error: /formula\.csv:2: column "value": "=40\+47\.5" is not a number/,
  },
  {
    name: 'timestamps in a wrong format',
    kind: 'applications',
    make: () =>
      dir.write(
        'time.csv',
        'application_id,region,oktmo,service,channel,submitted_at,deadline_days\nA1,RU-SMO,66701000,marriage_registration,portal,March 1 2017,30\n',
      ),
    error: /time\.csv:2: column "submitted_at": not a timestamp/,
  },
  {
    name: 'truncated XLSX',
    make: async () => {
      const full = `${dir.path}/full.xlsx`;
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('data').addRow(HEADER.split(','));
      await workbook.xlsx.writeFile(full);
      const bytes = readFileSync(full);
      return dir.write('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    error: /truncated\.xlsx: not a complete XLSX: the ZIP end record is missing/,
  },
  {
    name: 'text named .xlsx',
    make: () => dir.write('fake.xlsx', `${HEADER}\n${GOOD}\n`),
    error: /fake\.xlsx: not an XLSX file/,
  },
  {
    name: 'XLSX compression bomb',
    options: { limits: { maxXlsxRatio: 200 } },
    make: () =>
      dir.write(
        'bomb.xlsx',
        writeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(32 * 1024 * 1024, 0x20) }]),
      ),
    error: /bomb\.xlsx: XLSX part xl\/worksheets\/sheet1\.xml has compression ratio \d+ above 200/,
  },
  {
    name: 'XLSX over the uncompressed limit',
    options: { limits: { maxXlsxUncompressedBytes: 1024 * 1024 } },
    make: () =>
      dir.write(
        'big.xlsx',
        writeZip([
          { name: 'a.xml', data: Buffer.alloc(900 * 1024, 0x41) },
          { name: 'b.xml', data: Buffer.alloc(900 * 1024, 0x42) },
        ]),
      ),
    error: /big\.xlsx: XLSX expands to more than 1048576 bytes/,
  },
  {
    name: 'XLSX with a DOCTYPE (entity expansion)',
    make: () =>
      dir.write(
        'entities.xlsx',
        writeZip([
          {
            name: '[Content_Types].xml',
            data: Buffer.from('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><Types>&a;</Types>'),
          },
        ]),
      ),
    error: /entities\.xlsx: XLSX part \[Content_Types\]\.xml declares a DOCTYPE or ENTITY/,
  },
  {
    name: 'a line of 100 MB',
    make: () => {
      const file = `${dir.path}/long-line.csv`;
      const fd = openSync(file, 'w');
      writeSync(fd, `${HEADER}\nRU-SMO,marriage_registration,info_complete,"`);
      const block = Buffer.alloc(1024 * 1024, 0x37);
      for (let i = 0; i < 100; i++) writeSync(fd, block);
      closeSync(fd);
      return file;
    },
    error: /long-line\.csv:2: record longer than 1048576 characters/,
  },
  {
    name: 'JSON Lines with an endless line',
    make: () => dir.write('endless.jsonl', `{"region":"RU-SMO","year":"${'9'.repeat(3 * 1024 * 1024)}`),
    kind: 'targets',
    error: /endless\.jsonl:1: line longer than 1048576 bytes/,
  },
  {
    name: 'JSON Lines with a broken line',
    make: () => dir.write('broken.jsonl', '{"region":"RU-SMO","year":2017,"target_share":70}\n{"region":\n'),
    kind: 'targets',
    error: /broken\.jsonl:2: invalid JSON/,
  },
];

async function expectRefused(database: Database, bad: BadFile): Promise<void> {
  const file = await bad.make();
  const before = await counts(database);
  const started = Date.now();
  await expect(
    ingestFiles(database, [file], { period: 2017, kind: bad.kind ?? 'measurements', ...bad.options }),
  ).rejects.toThrow(bad.error);
  // Bounded time, not a benchmark: a hostile file must be refused, never read to the end or hang (generous bound for a loaded CI machine).
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(await counts(database)).toEqual(before);
}

describeEachDatabase('the bad-file corpus on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(async () => {
    await database.close();
  });

  test.each(CORPUS.map((bad) => [bad.name, bad] as const))(
    '%s is refused and the database is untouched',
    async (_name, bad) => {
      await expectRefused(database, bad);
    },
  );

  test('a UTF-8 file with a BOM and CRLF line ends is accepted (the BOM is not part of the first header)', async () => {
    const file = dir.write('bom.csv', `\uFEFF${HEADER}\r\n${GOOD}\r\n`);
    const summary = await ingestFiles(database, [file], { period: 2017, kind: 'measurements' });
    expect(summary).toMatchObject({ status: 'committed', rowsAccepted: 1 });
  });
});
