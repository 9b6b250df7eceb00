/**
 * The one ZIP reader (src/zip): every part is inflated through a streaming inflater that counts the bytes actually
 * produced, so a part lying about its size is stopped right after its declared size, in bounded time and memory;
 * hidden data between the listed parts is refused; a real workbook reads cleanly.
 */
import ExcelJS from 'exceljs';
import { ZipBudgetError, inflateEntry } from '../../src/zip/inflate-entry.js';
import { ZipFormatError, readZipDirectory } from '../../src/zip/zip-directory.js';
import { lyingBomb, withExtraParts, zerosDeflated } from './hostile-xlsx.js';

async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('data').addRow(['region', 'value']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a real workbook: every part inflates to exactly its declared size', async () => {
  const xlsx = await realXlsx();
  const entries = readZipDirectory(xlsx, { strict: true });
  expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
  for (const entry of entries) expect(await inflateEntry(xlsx, entry, 1 << 30)).toBe(entry.declaredSize);
});

test('1 GiB of zeros declared as 1,000 bytes is refused after ~1,000 bytes, in bounded time and memory', async () => {
  const bomb = lyingBomb(await realXlsx());
  expect(bomb.length).toBeLessThan(1.2e6);
  const entry = readZipDirectory(bomb, { strict: true }).find((e) => e.name === 'xl/media/image1.png')!;
  expect(entry.declaredSize).toBe(1000);
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  let seen = 0;
  await expect(
    inflateEntry(bomb, entry, 500 * 1024 ** 2, (chunk) => {
      seen += chunk.length;
    }),
  ).rejects.toThrow(/declares 1000 bytes but inflates to more/);
  expect(performance.now() - started).toBeLessThan(1000);
  expect(seen).toBeLessThanOrEqual(1000);
  expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 ** 2);
});

test('an honest part beyond the budget stops at the budget', async () => {
  const xlsx = withExtraParts(await realXlsx(), [
    { name: 'big.bin', compressed: zerosDeflated(64), declared: 64 << 20 },
  ]);
  const entry = readZipDirectory(xlsx).find((e) => e.name === 'big.bin')!;
  await expect(inflateEntry(xlsx, entry, 1 << 20)).rejects.toThrow(ZipBudgetError);
});

test('data hidden between listed parts (a part a streaming reader would meet) is refused in strict mode', async () => {
  const xlsx = await realXlsx();
  const end = xlsx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  // Shift the directory by inserting junk before it, and fix the end record's directory offset.
  const junk = Buffer.alloc(100, 0x41);
  const patched = Buffer.concat([xlsx.subarray(0, end), junk, xlsx.subarray(end)]);
  const eocd = patched.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  patched.writeUInt32LE(patched.readUInt32LE(eocd + 16) + junk.length, eocd + 16);
  expect(() => readZipDirectory(patched)).not.toThrow();
  expect(() => readZipDirectory(patched, { strict: true })).toThrow(ZipFormatError);
});
