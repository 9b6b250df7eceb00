/** Uploads accept a region's Cyrillic file name as an RFC 5987 ext-value, and never a name that could be a path. */
import { uploadFileName } from '../../src/web/upload-file-name.js';

const rfc5987 = (name: string) => `UTF-8''${encodeURIComponent(name)}`;

test.each([
  ['good.csv', 'good.csv'],
  [rfc5987('Смоленская обл. 2019.xlsx'), 'Смоленская обл. 2019.xlsx'],
  [rfc5987('Форма (исправленная)_v2.csv'), 'Форма (исправленная)_v2.csv'],
  ["utf-8'ru'%D0%A2%D1%83%D0%BB%D0%B0.csv", 'Тула.csv'],
])('%s → %s', (header, name) => {
  expect(uploadFileName(header)).toBe(name);
});

test.each([
  [undefined],
  [''],
  ['.'],
  ['..'],
  [rfc5987('..')],
  ['a/b.csv'],
  [rfc5987('../etc/passwd')],
  [rfc5987('a\\b.csv')],
  ["UTF-8''%D0"],
  ['x'.repeat(201)],
  [rfc5987(' leading.csv')],
])('%j is refused', (header) => {
  expect(uploadFileName(header)).toBeNull();
});
