/**
 * The ZIP of everything (src/report/archive.ts, src/zip/zip-writer.ts): read back with the project's own ZIP reader,
 * it holds exactly the manifest's files plus the manifest, each byte for byte as on disk (the manifest as it stood
 * before it listed the archive); PNG and XLSX are stored, the rest deflated; two exports of the same run give the same
 * archive; the manifest lists the archive, the archive does not hold itself; the writer refuses names that would
 * leave the folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateEntry } from '../../../src/zip/inflate-entry.js';
import { readZipDirectory, ZipFormatError } from '../../../src/zip/zip-directory.js';
import { crc32, writeZip, writeZipInPool } from '../../../src/zip/zip-writer.js';
import { writePublication } from '../../../src/report/write-publication.js';
import { fixtureModel } from './fixture-model.js';
import { standIns } from './stand-in-renderers.js';

async function unzip(zip: Buffer): Promise<Map<string, { method: number; bytes: Buffer }>> {
  const out = new Map<string, { method: number; bytes: Buffer }>();
  for (const entry of readZipDirectory(zip, { strict: true })) {
    const chunks: Buffer[] = [];
    await inflateEntry(zip, entry, 1 << 30, (c) => chunks.push(Buffer.from(c)));
    out.set(entry.name, { method: entry.method, bytes: Buffer.concat(chunks) });
  }
  return out;
}

describe('the ZIP of every file of an export', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'egov-archive-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('holds every file the manifest lists and the manifest, byte for byte; PNG and XLSX stored', async () => {
    const dir = join(root, 'out');
    const manifest = await writePublication(fixtureModel(), dir, { lang: 'ru', renderers: standIns });
    const archive = manifest.files.filter((f) => f.kind === 'archive');
    expect(archive.map((f) => f.file)).toEqual(['rating-2018-SYNTHETIC-all-files.zip']);
    const zip = readFileSync(join(dir, 'rating-2018-SYNTHETIC-all-files.zip'));
    expect(zip.length).toBe(archive[0]!.bytes);
    const entries = await unzip(zip);
    const others = manifest.files.filter((f) => f.kind !== 'archive').map((f) => f.file);
    expect(others).toHaveLength(10);
    expect([...entries.keys()]).toEqual([...others, 'manifest-SYNTHETIC.json']);
    for (const file of others) expect(entries.get(file)!.bytes.equals(readFileSync(join(dir, file)))).toBe(true);
    expect(entries.get('charts/ranking-all.png')!.method).toBe(0);
    expect(entries.get('rating-2018-SYNTHETIC.xlsx')!.method).toBe(0);
    expect(entries.get('factsheets/RU-SMO.html')!.method).toBe(8);
    expect(entries.get('ranking-2018-SYNTHETIC.csv')!.method).toBe(8);
    // the manifest inside is the one on disk without the archive's own line
    const inside = JSON.parse(entries.get('manifest-SYNTHETIC.json')!.bytes.toString('utf8'));
    const onDisk = JSON.parse(readFileSync(join(dir, 'manifest-SYNTHETIC.json'), 'utf8'));
    expect(onDisk).toEqual(manifest);
    expect(inside).toEqual({ ...onDisk, files: onDisk.files.filter((f: { kind: string }) => f.kind !== 'archive') });
  });

  test('two exports of the same run give the same archive bytes', async () => {
    const first = await writePublication(fixtureModel(), join(root, 'a'), { lang: 'ru', renderers: standIns });
    const second = await writePublication(fixtureModel(), join(root, 'b'), { lang: 'ru', renderers: standIns });
    const name = 'rating-2018-SYNTHETIC-all-files.zip';
    const a = readFileSync(join(root, 'a', name));
    expect(a.equals(readFileSync(join(root, 'b', name)))).toBe(true);
    expect(first.files.find((f) => f.file === name)!.sha256).toBe(second.files.find((f) => f.file === name)!.sha256);
  });

  test('a draft export marks the archive name', async () => {
    const model = { ...fixtureModel(), synthetic: false };
    const manifest = await writePublication(
      { ...model, run: { ...model.run, status: 'draft', version: null } },
      join(root, 'd'),
      { lang: 'ru', renderers: standIns },
    );
    expect(manifest.files.filter((f) => f.kind === 'archive').map((f) => f.file)).toEqual([
      'rating-2018-DRAFT-all-files.zip',
    ]);
  });
});

describe('writeZip', () => {
  test('entries as given, dated 1980-01-01, readable by the reader; CRC-32 of "123456789" is cbf43926', async () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
    const zip = writeZip(
      [
        { name: 'b.txt', data: Buffer.from('b'.repeat(1000)) },
        { name: 'dir/ä.png', data: Buffer.from([1, 2, 3]), store: true },
      ],
      new Date(Date.UTC(1980, 0, 1)),
    );
    const entries = readZipDirectory(zip, { strict: true });
    expect(entries.map((e) => [e.name, e.method, e.declaredSize])).toEqual([
      ['b.txt', 8, 1000],
      ['dir/ä.png', 0, 3],
    ]);
    // MS-DOS date of 1980-01-01: (0 << 9) | (1 << 5) | 1 = 33, time 0
    for (const e of entries)
      expect([zip.readUInt16LE(e.centralOffset + 12), zip.readUInt16LE(e.centralOffset + 14)]).toEqual([0, 33]);
    expect((await unzip(zip)).get('b.txt')!.bytes.toString()).toBe('b'.repeat(1000));
  });

  test.each(['../escape.csv', '/etc/passwd', 'a/../../b', 'a\\..\\b', '', 'charts//x.png'])(
    'refuses the entry name %p',
    (name) => {
      expect(() => writeZip([{ name, data: Buffer.from('x') }], new Date(0))).toThrow(ZipFormatError);
    },
  );

  test('refuses a name given twice', async () => {
    const twice = [
      { name: 'a.csv', data: Buffer.from('1') },
      { name: 'a.csv', data: Buffer.from('2') },
    ];
    expect(() => writeZip(twice, new Date(0))).toThrow(/appears twice/);
    await expect(writeZipInPool(twice, new Date(0))).rejects.toThrow(/appears twice/);
  });

  test('deflating in the thread pool gives the same bytes as in the calling thread, entries in the order given', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({
      name: `part-${39 - i}.svg`,
      data: Buffer.from(`<svg>${'<path d="M1 2L3 4"/>'.repeat(50 * (i + 1))}</svg>`),
      store: i % 10 === 0,
    }));
    const at = new Date(Date.UTC(2020, 5, 1));
    const inPool = await writeZipInPool(entries, at, 'SYNTHETIC DEMO DATA');
    expect(inPool.equals(writeZip(entries, at, 'SYNTHETIC DEMO DATA'))).toBe(true);
    const read = await unzip(inPool);
    expect([...read.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(read.get(e.name)!.bytes.equals(e.data)).toBe(true);
  });
});

test("a synthetic draft's archive says so in its comment", () => {
  const zip = writeZip([], new Date(0), 'DRAFT - not published, under embargo / SYNTHETIC DEMO DATA');
  expect(readZipDirectory(zip)).toEqual([]);
  expect(zip.subarray(22).toString('latin1')).toBe('DRAFT - not published, under embargo / SYNTHETIC DEMO DATA');
  expect(() => writeZip([], new Date(0), 'ЧЕРНОВИК')).toThrow(ZipFormatError);
});
