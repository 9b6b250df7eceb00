/**
 * Detects the text encoding of a CSV/JSONL sample: UTF-8 (with or without BOM), Windows-1251 or KOI8-R.
 *
 * Rule: a UTF-8 BOM means UTF-8; a sample that decodes as strict UTF-8 is UTF-8 (a multi-byte sequence cut by the
 * end of the sample is allowed). Otherwise the sample is decoded both as Windows-1251 and as KOI8-R and the reading
 * with more lower-case than upper-case Cyrillic letters wins: Russian text is mostly lower-case, and each code page
 * puts the other's lower-case letters at its own upper-case positions (0xC0–0xDF vs 0xE0–0xFF).
 * Edge cases: an empty sample is UTF-8; a sample with a NUL byte is refused as binary by `assertText`.
 */
import iconv from 'iconv-lite';

export const ENCODINGS = ['utf-8', 'windows-1251', 'koi8-r'] as const;
export type TextEncoding = (typeof ENCODINGS)[number];

export interface DetectedEncoding {
  readonly encoding: TextEncoding;
  readonly bomBytes: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  if (UTF8_BOM.every((b, i) => sample[i] === b)) return { encoding: 'utf-8', bomBytes: 3 };
  if (isUtf8(sample)) return { encoding: 'utf-8', bomBytes: 0 };
  const cp1251 = caseBalance(iconv.decode(Buffer.from(sample), 'windows-1251'));
  const koi8 = caseBalance(iconv.decode(Buffer.from(sample), 'koi8-r'));
  return { encoding: koi8 > cp1251 ? 'koi8-r' : 'windows-1251', bomBytes: 0 };
}

/** Strict UTF-8 check, tolerating up to 3 trailing bytes of a sequence cut by the sample boundary. */
export function isUtf8(sample: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= Math.min(3, sample.length); cut++) {
    try {
      decoder.decode(sample.subarray(0, sample.length - cut));
      return true;
    } catch {
      // a cut multi-byte sequence at the end: try one byte shorter
    }
  }
  return false;
}

/** Lower-case minus upper-case Cyrillic letters in the text. */
function caseBalance(text: string): number {
  let balance = 0;
  for (const ch of text) {
    if (ch >= 'а' && ch <= 'я') balance++;
    else if (ch >= 'А' && ch <= 'Я') balance--;
  }
  return balance;
}

/** Position of the first NUL byte, or -1: text files never contain one (UTF-16 and binaries do). */
export function firstNulByte(sample: Uint8Array): number {
  return sample.indexOf(0);
}
