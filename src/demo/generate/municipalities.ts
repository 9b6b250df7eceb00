/**
 * Where the synthetic applications are filed: the region's REAL municipal units (OKTMO 2019, data/reference/
 * municipalities, see src/reference/municipalities.ts), with SYNTHETIC demand weights. Weights: the regional
 * capital (the urban okrug "<prefix>701000", else the region's first city by code) gets 30–50 %; the other units
 * follow a Zipf law 1/k^0.9 over a seeded order that puts cities before districts; federal cities (no capital unit)
 * spread all their demand by the Zipf law. Rural units are the municipal districts; mobile offices serve up to three
 * of them, those with the smallest weights (a region with no districts, such as Moscow, has no mobile office).
 * Only the units are real: how many applications each receives is invented.
 */
import type { Region } from '../../reference/catalogue.js';
import { oktmoPrefix, type MunicipalUnit } from '../../reference/municipalities.js';
import { randomStream, type Random } from './random.js';

export interface Municipality {
  oktmo: string;
  weight: number;
  rural: boolean;
  servedByMobileOffice: boolean;
}

const MOBILE_OFFICE_STOPS = 3;

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.integer(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The capital unit: "<prefix>701000" when the region has it, else its first city by code; none in a federal city
 * ("г. Москва", "г. Санкт-Петербург", "г. Севастополь"), which is itself the city.
 */
function capitalOf(region: Region, units: readonly MunicipalUnit[]): MunicipalUnit | undefined {
  if (region.nameRu.startsWith('г. ')) return undefined;
  const prefix = oktmoPrefix(region.oktmo);
  return units.find((u) => u.oktmo === `${prefix.slice(0, 2)}701000`) ?? units.find((u) => u.urban);
}

/**
 * The demo municipalities of one region, capital first; weights sum to 1.
 * @throws RangeError if the region has no municipal units
 */
export function demoMunicipalities(region: Region, units: readonly MunicipalUnit[], seed: number): Municipality[] {
  if (units.length === 0) throw new RangeError(`no municipal units for region ${region.code}`);
  const random = randomStream(seed, 'municipalities', region.code);
  const capital = capitalOf(region, units);
  const rest = units.filter((u) => u !== capital);
  const ordered = [
    ...shuffled(
      rest.filter((u) => u.urban),
      random,
    ),
    ...shuffled(
      rest.filter((u) => !u.urban),
      random,
    ),
  ];
  const capitalShare = capital ? random.between(0.3, 0.5) : 0;
  const tail = ordered.map((_, k) => 1 / (k + 1) ** 0.9);
  const tailSum = tail.reduce((s, x) => s + x, 0);
  const places = [
    ...(capital ? [{ unit: capital, weight: capitalShare }] : []),
    ...ordered.map((unit, k) => ({ unit, weight: ((1 - capitalShare) * tail[k]) / tailSum })),
  ];
  const mobileStops = new Set(
    places
      .filter((p) => !p.unit.urban)
      .slice(-MOBILE_OFFICE_STOPS)
      .map((p) => p.unit.oktmo),
  );
  return places.map(({ unit, weight }) => ({
    oktmo: unit.oktmo,
    weight,
    rural: !unit.urban,
    servedByMobileOffice: mobileStops.has(unit.oktmo),
  }));
}
