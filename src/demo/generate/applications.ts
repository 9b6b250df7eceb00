/**
 * Streams the synthetic application log of one year, row by row (constant memory whatever the volume), grouped by
 * region (catalogue order) and service. Per application: municipality by its demand weight; channel with
 *   P(portal) = logistic(−1.3 + 3(m − 0.5) + 0.45t − 0.8·d_service),
 *   P(paper) = max(0.01, 0.10(1 − m)(1 − 0.25t)), P(mobile_office) = 0.15 in the municipalities it serves, else 0,
 *   MFC the rest;
 * so the e-channel share grows with maturity m and year t. Submission day is uniform over the year, skipping the
 * New Year holidays for offices (1–8 January) and 1 January and 31 December for the portal, so a UTC timestamp never
 * leaves the year; the hour is local (portal 07–23, offices 08–20, paper 09–18) shifted to UTC by the region's
 * offset. Each cell's deadline compliance c = clamp(0.80 + 0.17m + 0.02t + N(0, 0.02), 0.78, 0.995).
 */
import type { Catalogue } from '../../reference/catalogue.js';
import type { ApplicationRecord, Channel } from './application-record.js';
import { applicationTimeline } from './application-timeline.js';
import { applicationsPerCell } from './application-volume.js';
import type { Municipality } from './municipalities.js';
import type { DemoParameters } from './parameters.js';
import { clamp, logistic, randomStream, type Random } from './random.js';
import type { RegionProfile } from './region-profiles.js';
import { serviceTraits } from './service-traits.js';

const LOCAL_HOURS: Readonly<Record<Channel, [number, number]>> = {
  portal: [7, 23],
  mfc: [8, 20],
  mobile_office: [8, 20],
  paper: [9, 18],
};

function pickMunicipality(random: Random, municipalities: readonly Municipality[]): Municipality {
  let u = random.uniform();
  for (const m of municipalities) {
    if (u < m.weight) return m;
    u -= m.weight;
  }
  return municipalities[municipalities.length - 1];
}

function pickChannel(u: number, pPortal: number, pPaper: number, pMobile: number): Channel {
  if (u < pPortal) return 'portal';
  if (u < pPortal + pPaper) return 'paper';
  if (u < pPortal + pPaper + pMobile) return 'mobile_office';
  return 'mfc';
}

/** Milliseconds of the year's end-of-log extraction ("01-20" → 20 January of the next year, 00:00 UTC). */
export function extractionTime(year: number, monthDay: string): number {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match) throw new RangeError(`extractionMonthDay must look like "01-20", got "${monthDay}"`);
  return Date.UTC(year + 1, Number(match[1]) - 1, Number(match[2]));
}

/** Applications per region × service cell (row-major, catalogue orders) for a year with `total` applications. */
export function cellCounts(
  catalogue: Catalogue,
  profiles: readonly RegionProfile[],
  params: DemoParameters,
  total: number,
): number[] {
  return applicationsPerCell(
    total,
    profiles.map((p) => p.region.population),
    catalogue.services.map((s) => serviceTraits(s.id).demandWeight),
    params.minApplicationsPerCell,
  );
}

/** Applications per region of a year with `total` applications, keyed "<region code>|<year>". */
export function regionYearCounts(
  catalogue: Catalogue,
  profiles: readonly RegionProfile[],
  params: DemoParameters,
  year: number,
  total: number,
): Map<string, number> {
  const counts = cellCounts(catalogue, profiles, params, total);
  const services = catalogue.services.length;
  return new Map(
    profiles.map((p, r) => [
      `${p.region.code}|${year}`,
      counts.slice(r * services, (r + 1) * services).reduce((s, c) => s + c, 0),
    ]),
  );
}

/** The application rows of `year`, `total` in all, ids SYN-<year>-<9-digit sequence>. */
export function* generateApplications(
  catalogue: Catalogue,
  profiles: readonly RegionProfile[],
  municipalities: ReadonlyMap<string, readonly Municipality[]>,
  params: DemoParameters,
  year: number,
  total: number,
): Generator<ApplicationRecord> {
  const t = year - Math.min(...params.years);
  const services = catalogue.services.map((s) => ({ id: s.id, traits: serviceTraits(s.id) }));
  const counts = cellCounts(catalogue, profiles, params, total);
  const yearStart = Date.UTC(year, 0, 1);
  const daysInYear = (Date.UTC(year + 1, 0, 1) - yearStart) / 86_400_000;
  const extractedAt = extractionTime(year, params.extractionMonthDay);
  let sequence = 0;
  for (const [r, profile] of profiles.entries()) {
    const m = profile.maturity;
    const places = municipalities.get(profile.region.code);
    if (!places || places.length === 0) throw new RangeError(`no municipalities for region ${profile.region.code}`);
    for (const [s, service] of services.entries()) {
      const random = randomStream(params.seed, 'applications', year, profile.region.code, service.id);
      const ctx = {
        maturity: m,
        yearsSinceStart: t,
        deadlineDays: service.traits.deadlineDays,
        compliance: clamp(0.8 + 0.17 * m + 0.02 * t + random.normal(0, 0.02), 0.78, 0.995),
        interagencyShare: service.traits.interagencyShare,
        refusalBase: service.traits.refusalBase,
        stuckRate: params.stuckApplicationRate,
        extractedAt,
      };
      const pPortal = logistic(-1.3 + 3 * (m - 0.5) + 0.45 * t - 0.8 * service.traits.difficulty);
      const pPaper = Math.max(0.01, 0.1 * (1 - m) * (1 - 0.25 * t));
      for (let k = counts[r * services.length + s]; k > 0; k--) {
        const place = pickMunicipality(random, places);
        const channel = pickChannel(random.uniform(), pPortal, pPaper, place.servedByMobileOffice ? 0.15 : 0);
        const day = channel === 'portal' ? random.integer(1, daysInYear - 2) : random.integer(8, daysInYear - 2);
        const [from, to] = LOCAL_HOURS[channel];
        const localMinute = Math.floor((from + (to - from) * random.uniform()) * 60);
        const submittedAt = yearStart + day * 86_400_000 + (localMinute - profile.utcOffsetHours * 60) * 60_000;
        sequence++;
        yield {
          applicationId: `SYN-${year}-${String(sequence).padStart(9, '0')}`,
          regionCode: profile.region.code,
          oktmo: place.oktmo,
          serviceId: service.id,
          channel,
          submittedAt,
          deadlineDays: service.traits.deadlineDays,
          ...applicationTimeline(random, ctx, channel, submittedAt),
        };
      }
    }
  }
}
