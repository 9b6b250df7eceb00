/** The --region flag of every command takes what the ingest takes (issue: one region vocabulary everywhere). */
import { parseRegion } from '../../src/cli/parse.js';
import { InputError } from '../../src/errors.js';

test.each([
  ['RU-SMO', 'RU-SMO'],
  ['ru-smo', 'RU-SMO'],
  ['Смоленская обл.', 'RU-SMO'],
  ['смоленская область', 'RU-SMO'],
  ['66000000', 'RU-SMO'],
  ['66000000000', 'RU-SMO'],
  ['г. Москва', 'RU-MOW'],
  ['ХМАО', 'RU-KHM'],
  ['71871000', 'RU-KHM'],
  ['Республика Крым', 'RU-CR'],
  ['Tula Oblast', 'RU-TUL'],
])('%s → %s', (text, code) => {
  expect(parseRegion(text)).toBe(code);
});

test('an unknown or ambiguous region is an input error naming the flag and the reason', () => {
  expect(() => parseRegion('Нарния', '--region')).toThrow(InputError);
  expect(() => parseRegion('Нарния', '--region')).toThrow(/--region: unknown region "Нарния"/);
  expect(() => parseRegion('Республика')).toThrow(/ambiguous region/);
});
