/**
 * Programme reports read from the store of published content when the year is published: the national report of
 * (year, grain) was computed at publication (src/web/published/precompute-public-content.ts), a region's report is
 * cut from it (region-report-of.ts). A year without a stored report, or whose ingested inputs changed since (the
 * store's inputs mark), is computed live by loadProgrammeReport and passed through JSON like a stored one, so a
 * figure JSON cannot hold (NaN, ±Infinity) reads null either way and a page is the same whether stored or live.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { findStoredProgrammeReport } from '../ratings/published-content-store.js';
import { loadProgrammeReport } from './load.js';
import { regionReportOf } from './region-report-of.js';
import type { ProgrammeReport, ProgrammeReportRequest } from './report.js';
import { InputError } from '../errors.js';

export async function loadProgrammeReportStoredFirst(
  db: Kysely<DB>,
  request: ProgrammeReportRequest,
): Promise<ProgrammeReport> {
  const grain = request.grain ?? 'quarter';
  if (request.ratingRunId == null && Number.isInteger(request.year)) {
    const stored = await findStoredProgrammeReport(db, request.year, grain);
    if (stored !== undefined) {
      const nation = JSON.parse(stored) as ProgrammeReport;
      if (request.regionCode == null) return nation;
      const region = nation.regions.find((r) => r.code === request.regionCode) ?? null;
      if (region === null) throw new InputError(`unknown region ${request.regionCode}`);
      return regionReportOf(nation, region);
    }
  }
  return JSON.parse(JSON.stringify(await loadProgrammeReport(db, request))) as ProgrammeReport;
}
