/**
 * Parses a number as regions write it: `67.5`, `67,5` (decimal comma), `1 234,5` / `1 234,5` (space or no-break
 * space, thin space or apostrophe as thousands separator), a trailing `%` (the value is already a percentage: `67,5%` → 67.5), a leading
 * sign. Returns null for text that is not exactly one such number, e.g. `1,234.5`, `12abc`, `1e400`, or empty text.
 */
const SMALL_WHOLE = /^\d{1,9}$/;
const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text: string): number | null {
  let t = text.trim();
  if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
  t = t.replace(/[\s\u00a0\u2007\u2009\u202f']/g, '');
  if (!NUMBER.test(t)) return null;
  const value = Number(t.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Parses a whole number; null when the text is not an integer (`5,0` is 5, `5,5` is null). */
export function parseInteger(text: string): number | null {
  if (SMALL_WHOLE.test(text)) return Number(text); // fast path of event logs
  const value = parseNumber(text);
  return value !== null && Number.isInteger(value) ? value : null;
}
