/**
 * The official order of the federal districts (as listed by the Presidential decree that created them and by Rosstat):
 * Central, Northwestern, Southern, North Caucasian, Volga, Ural, Siberian, Far Eastern — the order of
 * data/reference/federal-districts.csv. Lists of districts follow it, never their codes' alphabet.
 */
export const FEDERAL_DISTRICT_ORDER = ['CFD', 'NWFD', 'SFD', 'NCFD', 'VFD', 'UFD', 'SFO', 'FEFD'] as const;

/** Compares two district codes by the official order; unknown codes last, by code. */
export function compareFederalDistricts(a: string, b: string): number {
  const rank = (code: string) => {
    const i = (FEDERAL_DISTRICT_ORDER as readonly string[]).indexOf(code);
    return i === -1 ? FEDERAL_DISTRICT_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
