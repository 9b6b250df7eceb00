/**
 * Assembles mobile-office activity (see summariseMobileOffices in the core) from cells counted in the
 * database, one per region × period × municipality × service, with the same sorting as the core.
 */
import type { MobileOfficeActivity, MunicipalityNameOf, VolumeCount } from '../core/programme/index.js';

export interface MobileOfficeCell extends VolumeCount {
  readonly regionCode: string;
  readonly period: string;
  readonly oktmo: string;
  readonly serviceId: string;
}

const compare = (a: string, b: string): number => a.localeCompare(b);

/** Groups cells into one activity row per region and period, naming each municipality by `nameOf`. */
export function assembleMobileOffices(
  cells: readonly MobileOfficeCell[],
  nameOf: MunicipalityNameOf,
): MobileOfficeActivity[] {
  const groups = new Map<string, MobileOfficeCell[]>();
  for (const c of cells) {
    const key = `${c.regionCode}\u0000${c.period}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()]
    .map((list) => ({
      regionCode: list[0].regionCode,
      period: list[0].period,
      ...sum(list),
      municipalities: sumBy(list, (c) => c.oktmo)
        .map(([oktmo, v]) => ({ oktmo, name: nameOf(oktmo), ...v }))
        .sort((a, b) => compare(a.oktmo, b.oktmo)),
      services: sumBy(list, (c) => c.serviceId)
        .map(([serviceId, v]) => ({ serviceId, ...v }))
        .sort((a, b) => b.documentsIssued - a.documentsIssued || compare(a.serviceId, b.serviceId)),
    }))
    .sort((a, b) => compare(a.regionCode, b.regionCode) || compare(a.period, b.period));
}

function sum(cells: readonly VolumeCount[]): VolumeCount {
  return {
    applications: cells.reduce((s, c) => s + c.applications, 0),
    documentsIssued: cells.reduce((s, c) => s + c.documentsIssued, 0),
  };
}

function sumBy(cells: readonly MobileOfficeCell[], keyOf: (c: MobileOfficeCell) => string): [string, VolumeCount][] {
  const groups = new Map<string, MobileOfficeCell[]>();
  for (const c of cells) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return [...groups.entries()].map(([key, list]) => [key, sum(list)]);
}
