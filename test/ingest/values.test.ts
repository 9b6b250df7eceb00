import { parseInteger, parseNumber } from '../../src/ingest/values/parse-number.js';
import { parseTimestamp } from '../../src/ingest/values/parse-timestamp.js';
import { nonDataReason } from '../../src/ingest/rows/non-data-row.js';
import { parseYesPartialNo } from '../../src/ingest/values/parse-yes-partial-no.js';

describe('parseNumber', () => {
  test.each([
    ['67.5', 67.5],
    ['67,5', 67.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    [' -3 ', -3],
    ['67,5%', 67.5],
    [',5', 0.5],
    ['1e3', 1000],
  ])('%j reads as %d', (text, value) => expect(parseNumber(text)).toBe(value));
  test.each(['', 'abc', '1,234.5', '12abc', '1e400', '=1+1', '1..2'])('%j is not a number', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );
  test('whole numbers only for parseInteger', () => {
    expect(parseInteger('5,0')).toBe(5);
    expect(parseInteger('5,5')).toBeNull();
  });
});

describe('parseYesPartialNo', () => {
  test.each([
    ['да', 1],
    ['Частично', 0.5],
    ['НЕТ', 0],
    ['yes', 1],
    ['partial', 0.5],
    ['no', 0],
    ['1', 1],
    ['0,5', 0.5],
    ['0', 0],
  ])('%j is %d', (text, value) => expect(parseYesPartialNo(text)).toBe(value));
  test.each(['2', '0.3', 'maybe', ''])('%j is refused', (text) => expect(parseYesPartialNo(text)).toBeNull());
});

describe('parseTimestamp', () => {
  const utc = Date.UTC(2017, 2, 1, 10, 0, 0);
  test.each([
    ['2017-03-01T10:00:00Z', utc],
    ['2017-03-01 10:00', utc],
    ['2017-03-01T13:00:00+03:00', utc],
    ['01.03.2017 10:00', utc],
    ['01.03.2017', Date.UTC(2017, 2, 1)],
    ['2017-03-01T10:00:00.250Z', utc + 250],
  ])('%j', (text, ms) => expect(parseTimestamp(text)).toBe(ms));
  test.each(['31.02.2017', '2017-13-01', '2017-03-01 25:00', 'March 1 2017', ''])('%j is refused', (text) =>
    expect(parseTimestamp(text)).toBeNull(),
  );
  // the exact UTC shapes are read digit by digit (the fast path): hand-worked values, and the same refusals
  test.each([
    ['2017-11-26T09:01:00.000Z', Date.UTC(2017, 10, 26, 9, 1, 0, 0)],
    ['2017-11-26T09:01:00.007Z', Date.UTC(2017, 10, 26, 9, 1, 0, 7)],
    ['2016-02-29T23:59:59.999Z', Date.UTC(2016, 1, 29, 23, 59, 59, 999)],
    ['2017-03-01T10:00:00Z', utc],
    ['2017-03-01T10:00:00.5Z', utc + 500],
    ['2017-03-01T10:00:00.000+03:00', utc - 3 * 3600_000],
  ])('%j (exact UTC shape or near it)', (text, ms) => expect(parseTimestamp(text)).toBe(ms));
  test.each([
    '2017-02-29T10:00:00.000Z',
    '2017-04-31T10:00:00Z',
    '2017-03-01T24:00:00.000Z',
    '2017-03-01T10:60:00.000Z',
    '2017-03-01T10:00:60Z',
    '2017-00-01T10:00:00.000Z',
    '2017-03-01T10:00:00.0a0Z',
    '2017-03-01X10:00:00.000Z',
    '2O17-03-01T10:00:00.000Z',
  ])('%j is refused (exact UTC shape)', (text) => expect(parseTimestamp(text)).toBeNull());
});

describe('nonDataReason', () => {
  test.each([
    [['B1', 'RU-AL', '84000000', 'marriage_registration', '', '30'], null],
    [['Итого по субъекту', '', '12'], 'total row ("Итого по субъекту")'],
    [['', '  ВСЕГО:', '7'], 'total row ("ВСЕГО:")'],
    [['Москва', 'Итого', '7'], 'total row ("Итого")'],
    [['Руководитель', '', ''], 'signature or note line ("Руководитель")'],
    [['*данные предварительные'], 'signature or note line ("*данные предварительные")'],
    [['x', '_______'], 'signature or note line ("x")'],
    [['Москва', 'Полнота информации', '1'], null],
    [['И\u0306ошкар-Ола', '1'], null],
  ])('%j', (cells, reason) => expect(nonDataReason(cells)).toBe(reason));
});
