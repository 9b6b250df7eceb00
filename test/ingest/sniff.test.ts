import iconv from 'iconv-lite';
import { detectDelimiter, firstNonBlankLine } from '../../src/ingest/sniff/delimiter.js';
import { detectEncoding } from '../../src/ingest/sniff/encoding.js';

const TEXT = 'Регион;Услуга;Значение\nСмоленская область;Регистрация брака;87,5\n';

describe('detectEncoding', () => {
  test('UTF-8 with and without BOM', () => {
    expect(detectEncoding(Buffer.from(`\uFEFF${TEXT}`))).toEqual({ encoding: 'utf-8', bomBytes: 3 });
    expect(detectEncoding(Buffer.from(TEXT))).toEqual({ encoding: 'utf-8', bomBytes: 0 });
  });
  test('a multi-byte character cut by the end of the sample is still UTF-8', () => {
    expect(detectEncoding(Buffer.from(TEXT).subarray(0, 7)).encoding).toBe('utf-8');
  });
  test('Windows-1251 and KOI8-R are told apart by letter case', () => {
    expect(detectEncoding(iconv.encode(TEXT, 'windows-1251')).encoding).toBe('windows-1251');
    expect(detectEncoding(iconv.encode(TEXT, 'koi8-r')).encoding).toBe('koi8-r');
  });
});

describe('detectDelimiter', () => {
  test.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['"x, y";b;c', ';'],
    ['single', ','],
  ])('%j → %j', (line, d) => {
    expect(detectDelimiter(line)).toBe(d);
  });
  test('the first non-blank line is the header', () => expect(firstNonBlankLine('\r\n  \na;b\nc,d')).toBe('a;b'));
});
