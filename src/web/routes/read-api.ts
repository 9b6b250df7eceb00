/** Read routes of /api/v1: thin wrappers over src/ratings/queries.ts with the embargo applied to every run. */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import {
  getChangelog,
  getPublishedRunOfPeriod,
  getRanking,
  getRegionInRun,
  getRunMethodology,
  listRegions,
} from '../../ratings/queries.js';
import { principalOf } from '../authenticate.js';
import { AppError, notFound } from '../errors.js';
import { listVisibleRuns, loadVisibleRun, setCachePolicy } from '../run-access.js';
import { visibleRegionResult } from '../region-result-view.js';

export function parsePeriod(raw: string): number {
  if (!/^(20[0-9]{2}|2100)$/.test(raw))
    throw new AppError('bad_request', `period must be a year 2000–2100 (got "${raw}")`, 400);
  return Number(raw);
}

export function parseRegion(raw: string): string {
  if (!/^RU-[A-Z]{2,3}$/.test(raw))
    throw new AppError('bad_request', `region code must look like RU-MOW (got "${raw}")`, 400);
  return raw;
}

export function readApi(db: Kysely<DB>): Router {
  const router = Router();

  router.get('/periods', async (_req, res) => {
    const principal = principalOf(res);
    const runs = await listVisibleRuns(db, principal, 'whole');
    const periods = [...new Set(runs.map((r) => r.period))].map((period) => ({
      period,
      runs: runs.filter((r) => r.period === period),
    }));
    setCachePolicy(res, principal);
    res.json({ periods });
  });

  router.get('/periods/:period/rating', async (req, res) => {
    const methodology = typeof req.query.methodology === 'string' ? req.query.methodology : undefined;
    // without ?methodology= the headline methodology of the period; with it, that methodology's published run only
    const run = await getPublishedRunOfPeriod(db, parsePeriod(req.params.period), methodology);
    if (!run)
      throw notFound(
        `published rating of ${req.params.period}${methodology === undefined ? '' : ` by methodology ${methodology}`}`,
      );
    setCachePolicy(res, principalOf(res), run);
    res.json({ run, ranking: await getRanking(db, run) });
  });

  router.get('/runs', async (_req, res) => {
    const principal = principalOf(res);
    setCachePolicy(res, principal);
    res.json({ runs: await listVisibleRuns(db, principal, 'some') });
  });

  router.get('/runs/:id', async (req, res) => {
    const run = await loadVisibleRun(db, principalOf(res), req.params.id, 'some');
    setCachePolicy(res, principalOf(res), run);
    res.json({ run });
  });

  router.get('/runs/:id/ranking', async (req, res) => {
    const run = await loadVisibleRun(db, principalOf(res), req.params.id, 'whole');
    setCachePolicy(res, principalOf(res), run);
    res.json({ run, ranking: await getRanking(db, run) });
  });

  router.get('/runs/:id/methodology', async (req, res) => {
    const run = await loadVisibleRun(db, principalOf(res), req.params.id, 'whole');
    setCachePolicy(res, principalOf(res), run);
    res.json({ run, ...(await getRunMethodology(db, run.id)) });
  });

  router.get('/runs/:id/regions/:code', async (req, res) => {
    const code = parseRegion(req.params.code);
    const run = await loadVisibleRun(db, principalOf(res), req.params.id, { region: code });
    const result = await getRegionInRun(db, run.id, code);
    if (!result) throw notFound(`region ${code} in run ${run.id}`);
    setCachePolicy(res, principalOf(res), run);
    res.json({ run, result: visibleRegionResult(principalOf(res), run, result) });
  });

  router.get('/regions', async (_req, res) => {
    setCachePolicy(res, principalOf(res));
    res.json({ regions: await listRegions(db) });
  });

  router.get('/regions/:code', async (req, res) => {
    const principal = principalOf(res);
    const code = parseRegion(req.params.code);
    const region = (await listRegions(db)).find((r) => r.code === code);
    if (!region) throw notFound(`region ${code}`);
    const runs = await listVisibleRuns(db, principal, { region: code });
    const results = [];
    for (const run of runs) {
      const result = await getRegionInRun(db, run.id, code);
      if (result) results.push({ run, result: visibleRegionResult(principal, run, result) });
    }
    setCachePolicy(
      res,
      principal,
      runs.find((r) => r.status === 'draft'),
    );
    res.json({ region, results });
  });

  router.get('/services', async (_req, res) => {
    const rows = await db.selectFrom('service').select(['id', 'name_ru', 'name_en', 'level']).orderBy('id').execute();
    setCachePolicy(res, principalOf(res));
    res.json({ services: rows.map((s) => ({ id: s.id, nameRu: s.name_ru, nameEn: s.name_en, level: s.level })) });
  });

  router.get('/stages', async (_req, res) => {
    const rows = await db.selectFrom('stage').select(['id', 'ord', 'name_ru', 'name_en']).orderBy('ord').execute();
    setCachePolicy(res, principalOf(res));
    res.json({ stages: rows.map((s) => ({ id: s.id, order: s.ord, nameRu: s.name_ru, nameEn: s.name_en })) });
  });

  router.get('/changelog', async (_req, res) => {
    setCachePolicy(res, principalOf(res));
    res.json({ changelog: await getChangelog(db) });
  });

  return router;
}
