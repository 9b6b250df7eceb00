/**
 * createApp(deps): the Express app. JSON API under /api/v1 (OpenAPI document at /api/v1/openapi.json), public pages
 * at /, hardening (helmet, body limits, rate limits on writes and on failed authentication), JSON errors.
 */
import express from 'express';
import { performance } from 'node:perf_hooks';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from './deps.js';
import { authenticate } from './authenticate.js';
import { apiNotFound, errorMiddleware } from './errors.js';
import { readApi } from './routes/read-api.js';
import { writeApi } from './routes/write-api.js';
import { ingestApi, type IngestPort } from './routes/ingest-api.js';
import { downloads } from './routes/downloads.js';
import { openApiDocument } from './openapi.js';
import { ingestUploads } from './ingest-adapter.js';
import { publicCache } from './public-cache.js';
import { pages } from './pages/routes.js';
import { programmeApi } from './routes/programme-api.js';
import { programmeReports } from './programme/report-cache.js';
import { loadProgrammeReport } from '../programme/load.js';

export interface WebDeps extends AppDeps {
  readonly ingest?: IngestPort;
  /** Requests per minute per client on writes (default 60) and failed authentications per 15 minutes (default 20). */
  readonly limits?: { readonly writesPerMinute?: number; readonly failedAuthPer15Minutes?: number };
  /** How long public responses of published content are kept in memory (default 5000 ms; 0 disables). */
  readonly publicCacheMs?: number;
  /** How long programme reports are kept in memory (default 60000 ms; 0 disables); any write clears them. */
  readonly programmeCacheMs?: number;
}

export function createApp(deps: WebDeps): express.Express {
  const db = deps.database.db;
  const now = deps.clock ?? (() => new Date());
  const log = deps.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  app.use(helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'], 'script-src': ["'self'"] } } }));

  const failedAuth = rateLimit({
    windowMs: 15 * 60_000, limit: deps.limits?.failedAuthPer15Minutes ?? 20, standardHeaders: 'draft-7', legacyHeaders: false,
    skip: (req) => !req.headers.authorization, requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    skipSuccessfulRequests: true,
    handler: (_req, res) => { res.status(429).json({ error: { code: 'too_many_failed_authentications', message: 'too many failed authentications; try again later' } }); },
  });
  const writes = rateLimit({
    windowMs: 60_000, limit: deps.limits?.writesPerMinute ?? 60, standardHeaders: 'draft-7', legacyHeaders: false,
    skip: (req) => req.method === 'GET' || req.method === 'HEAD',
    handler: (_req, res) => { res.status(429).json({ error: { code: 'too_many_writes', message: 'too many write requests; try again in a minute' } }); },
  });

  const programme = programmeReports((key) => loadProgrammeReport(db, key), () => performance.now(), deps.programmeCacheMs);
  app.use(failedAuth, writes, publicCache(() => performance.now(), deps.publicCacheMs), programme.invalidateOnWrite, authenticate(db, now));
  app.get('/api/v1/openapi.json', (_req, res) => { res.set('Cache-Control', 'public, max-age=300').json(openApiDocument()); });
  app.use('/api/v1', readApi(db), programmeApi(db, programme), writeApi(db, now), ingestApi(db, now, deps.ingest ?? ingestUploads(deps.database)), downloads(db, deps.config.reportsDir));
  app.use('/api', apiNotFound);
  app.use(pages(db, deps.config.reportsDir, programme));
  app.use(errorMiddleware(log));
  return app;
}
