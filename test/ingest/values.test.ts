import { parseInteger, parseNumber } from '../../src/ingest/values/parse-number.js';
import { parseTimestamp } from '../../src/ingest/values/parse-timestamp.js';
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
});
