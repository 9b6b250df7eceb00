/**
 * What mobile offices delivered, per region and period: where they worked and which documents they issued.
 *
 *   applications     mobile-office applications submitted in the period
 *   documentsIssued  of those, applications with outcome 'issued' (one document each)
 *   municipalities   per OKTMO code: its name (from `nameOf`, null when unknown), applications and documents issued
 *                    there (sorted by code)
 *   services         per service: applications and documents issued (sorted by documents, then service id)
 *
 * Only records with channel 'mobile_office' count; the period is that of the submission (see periodKey).
 * Rows are sorted by region, then period. No mobile-office records → [].
 */
import type { ApplicationRecord } from './application-record.js';
import { periodKey, type PeriodGrain } from './period.js';

export interface VolumeCount {
  readonly applications: number;
  readonly documentsIssued: number;
}

export interface MunicipalityCount extends VolumeCount {
  readonly oktmo: string;
  /** The municipality's name, or null when the classifier does not know the code. */
  readonly name: string | null;
}

/** Names of OKTMO codes, or null for an unknown code. */
export type MunicipalityNameOf = (oktmo: string) => string | null;

export const NO_MUNICIPALITY_NAMES: MunicipalityNameOf = () => null;

export interface MobileOfficeActivity extends VolumeCount {
  readonly regionCode: string;
  readonly period: string;
  readonly municipalities: readonly MunicipalityCount[];
  readonly services: readonly (VolumeCount & { readonly serviceId: string })[];
}

/** Summarises mobile-office activity per region and period (see the module comment). */
export function summariseMobileOffices(
  applications: Iterable<ApplicationRecord>,
  grain: PeriodGrain,
  nameOf: MunicipalityNameOf = NO_MUNICIPALITY_NAMES,
): MobileOfficeActivity[] {
  const cells = new Map<string, { regionCode: string; period: string; records: ApplicationRecord[] }>();
  for (const a of applications) {
    if (a.channel !== 'mobile_office') continue;
    const period = periodKey(a.submittedAt, grain);
    const key = `${a.regionCode}\u0000${period}`;
    const cell = cells.get(key) ?? { regionCode: a.regionCode, period, records: [] };
    cell.records.push(a);
    cells.set(key, cell);
  }
  return [...cells.values()]
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.period.localeCompare(b.period))
    .map(({ regionCode, period, records }) => ({
      regionCode,
      period,
      ...count(records),
      municipalities: groupCounts(records, (a) => a.oktmo)
        .map(([oktmo, c]) => ({ oktmo, name: nameOf(oktmo), ...c }))
        .sort((a, b) => a.oktmo.localeCompare(b.oktmo)),
      services: groupCounts(records, (a) => a.serviceId)
        .map(([serviceId, c]) => ({ serviceId, ...c }))
        .sort((a, b) => b.documentsIssued - a.documentsIssued || a.serviceId.localeCompare(b.serviceId)),
    }));
}

function count(records: readonly ApplicationRecord[]): VolumeCount {
  return { applications: records.length, documentsIssued: records.filter((a) => a.outcome === 'issued').length };
}

function groupCounts(
  records: readonly ApplicationRecord[],
  keyOf: (a: ApplicationRecord) => string,
): [string, VolumeCount][] {
  const groups = new Map<string, ApplicationRecord[]>();
  for (const a of records) {
    const list = groups.get(keyOf(a));
    if (list) list.push(a);
    else groups.set(keyOf(a), [a]);
  }
  return [...groups.entries()].map(([key, list]) => [key, count(list)]);
}
