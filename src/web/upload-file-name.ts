/**
 * The name of an uploaded file, from the `X-File-Name` header. HTTP header values are ASCII, so a name in another
 * script (a region's Cyrillic file name) comes as an RFC 5987 ext-value, `UTF-8''<percent-encoded UTF-8>`, e.g.
 * `UTF-8''%D0%A1%D0%BC%D0%BE%D0%BB%D0%B5%D0%BD%D1%81%D0%BA.xlsx` for "Смоленск.xlsx"; a plain ASCII name is taken
 * as it is. After decoding (and NFC normalisation) a name may hold letters and digits of any script, spaces and
 * `. _ - ( )`, at most 200 characters, and not dots only: no separators, so it can never name a folder.
 */
const EXT_VALUE = /^utf-8'[\w-]*'(.+)$/i;
const ALLOWED = /^[\p{L}\p{N}_.() -]{1,200}$/u;

/** The decoded, checked name, or null when the header does not name a file acceptably. */
export function uploadFileName(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  let name = header.trim();
  const ext = EXT_VALUE.exec(name);
  if (ext) {
    try {
      name = decodeURIComponent(ext[1]);
    } catch {
      return null; // malformed percent-encoding or not UTF-8
    }
  }
  name = name.normalize('NFC');
  if (!ALLOWED.test(name) || /^\.+$/.test(name) || name.trim() !== name) return null;
  return name;
}
