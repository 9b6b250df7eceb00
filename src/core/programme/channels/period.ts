/**
 * Reporting periods for application logs, keyed by the submission instant in UTC:
 * 'year' → "2024", 'quarter' → "2024-Q1", 'month' → "2024-03". (UTC, not the region's time zone: an
 * application filed just after midnight local time east of Moscow may fall in the previous day's period; the
 * SQL queries use the same UTC rule so both paths agree.)
 */
export const PERIOD_GRAINS = ['year', 'quarter', 'month'] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

/** The period key of `at` at the given grain (see the module comment). */
export function periodKey(at: Date, grain: PeriodGrain): string {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() + 1;
  if (grain === 'year') return String(year);
  if (grain === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}
