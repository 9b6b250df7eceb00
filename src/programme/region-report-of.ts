/**
 * A region's programme report cut from the national report of the same year and grain, without the database: the
 * national report holds every region's adoption rows, channel rows and mobile-office rows, and the money section and
 * the national comparison are the same for every scope. Equal to loadProgrammeReport(db, {year, regionCode, grain})
 * (test/programme/region-report-of.test.ts), so a published year's ~255 region reports cost one national load.
 */
import type { ProgrammeRegion } from './read-inputs.js';
import type { ProgrammeReport } from './report.js';

export function regionReportOf(nation: ProgrammeReport, region: ProgrammeRegion): ProgrammeReport {
  if (nation.scope !== 'nation') throw new Error('regionReportOf needs a national report');
  const own = <T extends { readonly regionCode: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.regionCode === region.code);
  return {
    ...nation,
    scope: 'region',
    region,
    adoption: {
      ...nation.adoption,
      regions: own(nation.adoption.regions),
      districts: nation.adoption.districts.filter((d) => d.group === region.federalDistrict),
    },
    channels: {
      ...nation.channels,
      regions: own(nation.channels.regions),
      mobileOffices: own(nation.channels.mobileOffices),
    },
  };
}
