/**
 * Numbers in the page language through one Intl.NumberFormat per (locale, digits): `value.toLocaleString(locale,
 * options)` builds a new formatter on every call, which made a ranking page (hundreds of numbers) take ~100 ms to
 * render. Same output as toLocaleString with the same options (ECMA-402 defines it as that formatter's format).
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatDecimal(value: number, locale: string, minimumDigits: number, maximumDigits: number): string {
  const key = `${locale}|${minimumDigits}|${maximumDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minimumDigits,
      maximumFractionDigits: maximumDigits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
