/**
 * The real OKTMO municipal units of 2019 (data/reference/municipalities, 2,632 second-level units: municipal
 * districts, urban and municipal okrugs, intra-city territories), assigned to the 85 subjects by OKTMO prefix.
 *
 * Assignment: a unit belongs to the subject whose OKTMO prefix (its OKTMO without trailing zeros, at least two
 * digits: "66" Smolensk, "718" Khanty-Mansi) is the LONGEST prefix of the unit's code, so the units of an autonomous
 * okrug ("71871000", Khanty-Mansiysk) go to the okrug, not to the oblast that shares its two digits ("71").
 * The source also lists grouping rows ("Муниципальные районы …", "Городские округа …", codes like 71810000): they
 * are headings, not units, and are dropped.
 */
import { join } from 'node:path';
import { REFERENCE_DIR, type Region } from './catalogue.js';
import { readCsvTable } from './csv-table.js';

export const MUNICIPALITIES_FILE = join(REFERENCE_DIR, 'municipalities', 'oktmo-municipalities-2019.csv');

export type MunicipalityKind = 'municipal_district' | 'municipal_okrug' | 'urban_okrug' | 'intra_city_territory';

export interface MunicipalUnit {
  /** 8-digit OKTMO code. */
  readonly oktmo: string;
  /** Russian name as in the classifier, white space folded. */
  readonly nameRu: string;
  readonly kind: MunicipalityKind;
  /** Whether the name says it is a city ("город …", "городской округ …"): an urban unit. */
  readonly urban: boolean;
}

const GROUPING = /^(Муниципальные районы|Муниципальные округа|Городские округа|Внутригородские)/u;
const KINDS = new Set<string>(['municipal_district', 'municipal_okrug', 'urban_okrug', 'intra_city_territory']);

/** The subject's OKTMO prefix: digits before the trailing zeros, at least two. "71800000" → "718". */
export function oktmoPrefix(oktmo: string): string {
  if (!/^\d{8}$/.test(oktmo)) throw new RangeError(`oktmoPrefix requires an 8-digit OKTMO, got "${oktmo}"`);
  const significant = oktmo.replace(/0+$/, '');
  return significant.length <= 2 ? oktmo.slice(0, 2) : significant;
}

/**
 * Urban by its name ("город …", "городской округ …"), else by kind unless the name says it is a district: the
 * source's kind column is unreliable for the autonomous okrugs (Yamal's districts are listed as intra-city).
 */
function isUrban(name: string, kind: string): boolean {
  if (/^(город|г\.)\s/u.test(name) || /городской округ/u.test(name)) return true;
  if (/муниципальный район|район$/u.test(name)) return false;
  return kind === 'urban_okrug' || kind === 'intra_city_territory';
}

/** Reads the classifier's units (grouping rows dropped), in code order. */
export function loadMunicipalUnits(path: string = MUNICIPALITIES_FILE): MunicipalUnit[] {
  return readCsvTable(path)
    .map((r) => ({ oktmo: r.oktmo, nameRu: r.name_ru.replace(/\s+/gu, ' ').replace(/\/$/u, '').trim(), kind: r.kind }))
    .filter((r) => /^\d{8}$/.test(r.oktmo) && !GROUPING.test(r.nameRu))
    .map((r) => ({
      oktmo: r.oktmo,
      nameRu: r.nameRu,
      kind: (KINDS.has(r.kind) ? r.kind : 'municipal_okrug') as MunicipalityKind,
      urban: isUrban(r.nameRu, r.kind),
    }))
    .sort((a, b) => a.oktmo.localeCompare(b.oktmo));
}

/**
 * Units per subject code by the longest matching OKTMO prefix (see the module comment); a subject without units
 * maps to an empty list.
 */
export function municipalitiesByRegion(
  regions: readonly Pick<Region, 'code' | 'oktmo'>[],
  units: readonly MunicipalUnit[],
): Map<string, MunicipalUnit[]> {
  const prefixes = regions
    .map((r) => ({ code: r.code, prefix: oktmoPrefix(r.oktmo) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const byRegion = new Map<string, MunicipalUnit[]>(regions.map((r) => [r.code, []]));
  for (const unit of units) {
    const owner = prefixes.find((p) => unit.oktmo.startsWith(p.prefix));
    if (owner) byRegion.get(owner.code)!.push(unit);
  }
  return byRegion;
}

let namesOfClassifier: Map<string, string> | undefined;

/** The classifier's name of an OKTMO code (the file is read once, on first use), or null for an unknown code. */
export function municipalityName(oktmo: string): string | null {
  namesOfClassifier ??= municipalityNames(loadMunicipalUnits());
  return namesOfClassifier.get(oktmo) ?? null;
}

/** Name lookup by OKTMO code, for pages and tables that show municipalities. */
export function municipalityNames(units: readonly MunicipalUnit[]): Map<string, string> {
  return new Map(units.map((u) => [u.oktmo, u.nameRu]));
}
