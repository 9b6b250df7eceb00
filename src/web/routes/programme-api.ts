/**
 * GET /api/v1/programme/{year}?region=CODE&grain=year|quarter|month: the programme report (adoption against
 * targets, channels and mobile offices, money against results) of the nation or of one region, built from published
 * ratings only; the money section is null until the year's rating is published (see programme/public-report.ts).
 * 400 for a malformed year, region code or grain; 404 for a well-formed region code that does not exist.
 */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { PERIOD_GRAINS, type PeriodGrain } from '../../core/programme/index.js';
import type { DB } from '../../db/tables.js';
import { principalOf } from '../authenticate.js';
import { AppError, notFound } from '../errors.js';
import { publicProgrammeReport } from '../programme/public-report.js';
import type { ProgrammeKey, ProgrammeReports } from '../programme/report-cache.js';
import { setCachePolicy } from '../run-access.js';
import { parsePeriod, parseRegion } from './read-api.js';

const one = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads and checks the route's parameters; throws AppError 400 / 404 as described in the module comment. */
export async function programmeKey(
  db: Kysely<DB>,
  rawYear: string,
  query: Record<string, unknown>,
): Promise<ProgrammeKey> {
  const year = parsePeriod(rawYear);
  const rawGrain = one(query.grain) ?? 'quarter';
  if (!(PERIOD_GRAINS as readonly string[]).includes(rawGrain)) {
    throw new AppError('bad_request', `grain must be one of ${PERIOD_GRAINS.join(', ')} (got "${rawGrain}")`, 400);
  }
  const rawRegion = one(query.region);
  if (rawRegion === undefined || rawRegion === '') return { year, regionCode: null, grain: rawGrain as PeriodGrain };
  const regionCode = parseRegion(rawRegion);
  const known = await db.selectFrom('region').select('code').where('code', '=', regionCode).executeTakeFirst();
  if (!known) throw notFound(`region ${regionCode}`);
  return { year, regionCode, grain: rawGrain as PeriodGrain };
}

export function programmeApi(db: Kysely<DB>, reports: ProgrammeReports): Router {
  const router = Router();
  router.get('/programme/:year', async (req, res) => {
    const report = await reports.get(await programmeKey(db, req.params.year, req.query));
    setCachePolicy(res, principalOf(res));
    res.json(publicProgrammeReport(report));
  });
  return router;
}
