/**
 * Parses a timestamp of an event log into epoch milliseconds (UTC).
 * Accepted: ISO 8601 `2017-03-01T10:00[:00[.sss]][Z|±hh:mm]` (a space may replace `T`), an ISO date `2017-03-01`
 * (midnight), and the Russian `01.03.2017 10:00[:00]` or `01.03.2017`. A timestamp without an offset is read as
 * UTC. Returns null for anything else and for impossible dates (31.02.2017, 25:00).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const RUSSIAN = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseTimestamp(text: string): number | null {
  const fast = canonicalUtc(text);
  if (fast !== undefined) return fast;
  const t = text.trim();
  let m = ISO.exec(t);
  if (m)
    return build(
      +m[1],
      +m[2],
      +m[3],
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      m[7] ? Number(`0.${m[7]}`) * 1000 : 0,
      m[8],
    );
  m = RUSSIAN.exec(t);
  if (m) return build(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, undefined);
  return null;
}

/**
 * `yyyy-mm-ddThh:mm:ss.sssZ` or `yyyy-mm-ddThh:mm:ssZ` exactly (what exports and the event logs write), read digit by
 * digit without the regular expressions: the same value as the general path, or null for an impossible date;
 * undefined for any other shape (the general path decides).
 */
function canonicalUtc(t: string): number | null | undefined {
  const n = t.length;
  if ((n !== 24 && n !== 20) || t.charCodeAt(n - 1) !== 90 /* Z */) return undefined;
  if (t[4] !== '-' || t[7] !== '-' || t[10] !== 'T' || t[13] !== ':' || t[16] !== ':') return undefined;
  if (n === 24 && t[19] !== '.') return undefined;
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  const s = digits(t, 17, 2);
  const ms = n === 24 ? digits(t, 20, 3) : 0;
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0 || ms < 0) return undefined;
  return build(y, mo, d, h, mi, s, ms, undefined);
}

/** The number written by `count` ASCII digits from `at`, or -1 when one is not a digit. */
function digits(t: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: string | undefined,
): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, Math.round(ms));
  if (new Date(utc).getUTCDate() !== d) return null;
  return utc - offsetMinutes(offset) * 60_000;
}

function offsetMinutes(offset: string | undefined): number {
  if (!offset || offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const sign = digits[0] === '-' ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}
