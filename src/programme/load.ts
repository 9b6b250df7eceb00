/**
 * Use case: build the ProgrammeReport (report.ts) of a region or of the nation for a year, from the
 * database. Reads the adoption rows, the application log (or channel volumes), the spending and the rating
 * scores, and runs the pure analytics of src/core/programme on them.
 *
 * @throws InputError for an unknown region code or a year outside 2000–2100.
 */
import type { Kysely } from 'kysely';
import { InputError } from '../errors.js';
import {
  aggregateAdoption,
  assessAdoption,
  moneyFrontier,
  unitCosts,
  type AdoptionAssessment,
  type PeriodGrain,
} from '../core/programme/index.js';
import type { DB } from '../db/tables.js';
import { NATIONAL_CODE, queryChannelSummaries, queryMobileOffices } from './channel-queries.js';
import {
  readAdoption,
  readApplicationCounts,
  readRegions,
  readServices,
  readSpending,
  type ApplicationCountSource,
} from './read-inputs.js';
import { readPreviousScores, readRunScores } from './read-scores.js';
import { hasSyntheticInputs } from './read-synthetic.js';
import type { ProgrammeReport, ProgrammeReportRequest } from './report.js';
import { queryMobileOfficeVolumes, queryVolumeSummaries } from './volume-queries.js';
import { nationalEServicesUse, type NationalSeries } from '../reference/national-series.js';

export async function loadProgrammeReport(db: Kysely<DB>, request: ProgrammeReportRequest): Promise<ProgrammeReport> {
  const grain: PeriodGrain = request.grain ?? 'quarter';
  return (await loadProgrammeReportPerGrain(db, request, [grain])).get(grain)!;
}

/**
 * The adoption assessments of every region up to `year` (later target-only rows still act as milestones): the first
 * section of a programme report, on its own for a publication, which needs no channel figures (those are the slowest
 * reads of a report).
 */
export async function loadAdoptionAssessments(db: Kysely<DB>, year: number): Promise<AdoptionAssessment[]> {
  return assessAdoption(await readAdoption(db)).filter((a) => a.year <= year);
}

/**
 * The reports of one year and scope at each of the given grains, each equal to loadProgrammeReport's at that grain.
 * Only the mobile-office activity depends on the grain, so everything else is read once: the precompute of published
 * content (src/web/published/precompute-public-content.ts) stores every grain of every published year, and the
 * channel figures of a year's log are the slowest reads of a report.
 */
export async function loadProgrammeReportPerGrain(
  db: Kysely<DB>,
  request: Omit<ProgrammeReportRequest, 'grain'>,
  grains: readonly PeriodGrain[],
): Promise<Map<PeriodGrain, ProgrammeReport>> {
  const { year } = request;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new InputError(`year ${year} must be an integer in 2000–2100`);
  const regionCode = request.regionCode ?? null;
  const regions = await readRegions(db);
  const region = regionCode === null ? null : (regions.find((r) => r.code === regionCode) ?? null);
  if (regionCode !== null && region === null) throw new InputError(`unknown region ${regionCode}`);

  // 1. Adoption: assessments up to the year (later target-only rows still act as milestones).
  const population = new Map(regions.map((r) => [r.code, r.population]));
  const districtOf = new Map(regions.map((r) => [r.code, r.federalDistrict]));
  const assessments = await loadAdoptionAssessments(db, year);
  const districts = aggregateAdoption(assessments, population, (code) => districtOf.get(code) ?? null);
  const nation = aggregateAdoption(assessments, population, () => NATIONAL_CODE);

  // 2. Channels: from the event log, or from the aggregated volumes when the log holds nothing for the year.
  const { source, counts } = await readApplicationCounts(db, year);
  const channels = await readChannels(db, { year, regionCode }, source, grains);

  // 3. Money against results, over every region.
  const run = await readRunScores(db, year, request.ratingRunId ?? null);
  if (request.ratingRunId != null && run === null) throw new InputError(`unknown rating run ${request.ratingRunId}`);
  const previous = run === null ? null : await readPreviousScores(db, run);
  const spending = await readSpending(db, year);
  const costs = regions.map((r) =>
    unitCosts({
      regionCode: r.code,
      spending: spending.get(r.code) ?? [],
      score: run?.scores.get(r.code) ?? null,
      previousScore: previous?.scores.get(r.code) ?? null,
      applications: counts.get(r.code)?.applications ?? 0,
      eApplications: counts.get(r.code)?.eApplications ?? 0,
      population: r.population > 0 ? r.population : null,
    }),
  );

  const services = await readServices(db);
  const synthetic = (run?.synthetic ?? false) || (await hasSyntheticInputs(db, year));
  const adoption = {
    regions: region === null ? assessments : assessments.filter((a) => a.regionCode === region.code),
    districts: region === null ? districts : districts.filter((d) => d.group === region.federalDistrict),
    nation,
    realNational: nationalSeriesUpTo(year),
  };
  const money = {
    ratingRunId: run?.runId ?? null,
    previousRatingRunId: previous?.runId ?? null,
    previousRatingPeriod: previous?.period ?? null,
    applicationCountSource: source,
    regions: costs,
    frontier: moneyFrontier(costs),
  };
  const scope = region === null ? 'nation' : 'region';
  return new Map(
    grains.map((grain): [PeriodGrain, ProgrammeReport] => [
      grain,
      { year, scope, region, regions, services, synthetic, adoption, channels: channels.get(grain)!, money },
    ]),
  );
}

/** The channel section of each grain from the source that holds the year's applications (see ProgrammeReport.channels). */
async function readChannels(
  db: Kysely<DB>,
  filter: { year: number; regionCode: string | null },
  source: ApplicationCountSource,
  grains: readonly PeriodGrain[],
): Promise<Map<PeriodGrain, ProgrammeReport['channels']>> {
  const { year, regionCode } = filter;
  if (source === 'channel_volume') {
    // Aggregated volumes have no dates: the section is the year's, whatever grain was asked.
    const channels: ProgrammeReport['channels'] = {
      source,
      regions: await queryVolumeSummaries(db, { year, regionCode }),
      nation: await queryVolumeSummaries(db, { year, regionCode: null, national: true }),
      mobileOffices: await queryMobileOfficeVolumes(db, { year, regionCode }),
      grain: 'year',
    };
    return new Map(grains.map((grain) => [grain, channels]));
  }
  const regions = await queryChannelSummaries(db, { year, regionCode });
  const nation = await queryChannelSummaries(db, { year, regionCode: null, national: true });
  const perGrain = new Map<PeriodGrain, ProgrammeReport['channels']>();
  for (const grain of grains) {
    const mobileOffices = await queryMobileOffices(db, { year, regionCode, grain });
    perGrain.set(grain, { source, regions, nation, mobileOffices, grain });
  }
  return perGrain;
}

/** Rosstat's real national series of e-services use, the years up to `year`. */
function nationalSeriesUpTo(year: number): NationalSeries {
  const series = nationalEServicesUse();
  return { ...series, points: series.points.filter((p) => p.year <= year) };
}
