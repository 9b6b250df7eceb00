/**
 * Parses a timestamp of an event log into epoch milliseconds (UTC).
 * Accepted: ISO 8601 `2017-03-01T10:00[:00[.sss]][Z|±hh:mm]` (a space may replace `T`), an ISO date `2017-03-01`
 * (midnight), and the Russian `01.03.2017 10:00[:00]` or `01.03.2017`. A timestamp without an offset is read as
 * UTC. Returns null for anything else and for impossible dates (31.02.2017, 25:00).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const RUSSIAN = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseTimestamp(text: string): number | null {
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
