/**
 * Rules Excel enforces where exceljs and LibreOffice are lenient, checked on the writer's own parts (read with the
 * project's ZIP reader): sheet names, the shared-string counts, the reserved fills, the cell text limit, column
 * letters; and XML escaping of texts a region's data could hold.
 */
import { readZipDirectory } from '../../src/zip/zip-directory.js';
import { inflateEntry } from '../../src/zip/inflate-entry.js';
import { columnLetters } from '../../src/xlsx-writer/cell-address.js';
import { checkSheetName } from '../../src/xlsx-writer/sheet-name.js';
import { textElement, xmlText } from '../../src/xlsx-writer/xml-text.js';
import { XlsxWorkbook } from '../../src/xlsx-writer/xlsx-workbook.js';

const AT = new Date('2019-03-01T10:00:00Z');

async function part(zip: Buffer, name: string): Promise<string> {
  const entry = readZipDirectory(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  const chunks: Buffer[] = [];
  await inflateEntry(zip, entry, 50_000_000, (c) => chunks.push(c));
  return Buffer.concat(chunks).toString('utf8');
}

describe('sheet names follow Excel', () => {
  test.each([
    ['', /1 to 31 characters/],
    ['Показатели качества услуг по регионам', /1 to 31 characters/], // 37 characters
    ['Q1/Q2', /forbids/],
    ['a:b', /forbids/],
    ['[x]', /forbids/],
    ['what?', /forbids/],
    ['a*b', /forbids/],
    ['back\\slash', /forbids/],
    ["'quoted'", /apostrophe/],
    ['History', /reserved/],
  ])('%j is refused', (name, message) => {
    expect(() => checkSheetName(name, [])).toThrow(message);
  });

  test('31 characters (Cyrillic counts one each) and an inner apostrophe are fine; a name twice, ignoring case, is not', () => {
    expect(() => checkSheetName('Э'.repeat(31), [])).not.toThrow();
    expect(() => checkSheetName("Region's data", [])).not.toThrow();
    const workbook = new XlsxWorkbook({ at: AT });
    workbook.addSheet('Рейтинг');
    expect(() => workbook.addSheet('рейтинг')).toThrow(/already used/);
  });
});

test('shared strings: count = text cells written, uniqueCount = distinct texts; every text neutralised', async () => {
  const workbook = new XlsxWorkbook({ at: AT });
  const a = workbook.addSheet('A');
  a.set(1, 1, 'x');
  a.set(1, 2, 'y');
  a.set(2, 1, 'x');
  a.set(2, 2, 7); // a number is no shared string
  workbook.addSheet('B').set(1, 1, '=cmd');
  const zip = workbook.toBuffer();
  const sst = await part(zip, 'xl/sharedStrings.xml');
  expect(sst).toContain('count="4" uniqueCount="3"');
  expect([...sst.matchAll(/<t>([^<]*)<\/t>/g)].map((m) => m[1])).toEqual(['x', 'y', "'=cmd"]);
  const sheet = await part(zip, 'xl/worksheets/sheet1.xml');
  expect(sheet).toContain('<c r="A2" t="s"><v>0</v></c><c r="B2"><v>7</v></c>');
});

test('styles reserve fills 0 and 1 (none, gray125); built-in formats keep their ids, custom ones start at 164', async () => {
  const workbook = new XlsxWorkbook({ at: AT });
  const sheet = workbook.addSheet('S');
  sheet.set(1, 1, 1, { numFmt: '0.00' });
  sheet.set(1, 2, 1, { numFmt: '0.####', fill: 'FFDDE4EE' });
  const styles = await part(workbook.toBuffer(), 'xl/styles.xml');
  expect(styles).toContain(
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
  );
  expect(styles).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.####"/></numFmts>');
  expect(styles).toContain('<xf numFmtId="2" fontId="0" fillId="0"');
  expect(styles).toContain('<xf numFmtId="164" fontId="0" fillId="2"');
});

test('a cell holds at most 32,767 characters', () => {
  const workbook = new XlsxWorkbook({ at: AT });
  workbook.addSheet('S').set(1, 1, 'я'.repeat(32_768));
  expect(() => workbook.toBuffer()).toThrow(/32767/);
});

test('column letters: bijective base 26 up to XFD', () => {
  expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetters)).toEqual([
    'A',
    'Z',
    'AA',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
    'XFD',
  ]);
  expect(() => columnLetters(16_385)).toThrow(RangeError);
});

test('XML text: escaped, forbidden characters replaced, carriage returns kept, look-alike escapes escaped', () => {
  expect(xmlText('a<b & "c">')).toBe('a&lt;b &amp; &quot;c&quot;&gt;');
  expect(xmlText('x\u0000\u0008\u000B\u001F\uFFFEy')).toBe('x\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDy');
  expect(xmlText('tab\there\nline\r')).toBe('tab\there\nline&#13;');
  expect(xmlText('😀 \uDC00')).toBe('😀 \uFFFD');
  expect(textElement(' x')).toBe('<t xml:space="preserve"> x</t>');
  expect(textElement('a_x0041_')).toBe('<t>a_x005F_x0041_</t>');
});
