/**
 * createApp(deps): the Express app. JSON API under /api/v1 (OpenAPI document at /api/v1/openapi.json), public pages
 * at /, hardening (helmet, body limits, limits on failed authentication, writes and computed reports), JSON errors.
 */
import express from 'express';
import { performance } from 'node:perf_hooks';
import helmet from 'helmet';
import { siteUrlOf } from '../config.js';
import type { AppDeps } from './deps.js';
import { authenticate } from './authenticate.js';
import { apiNotFound, errorMiddleware } from './errors.js';
import { readApi } from './routes/read-api.js';
import { writeApi } from './routes/write-api.js';
import { ingestApi, type IngestPort } from './routes/ingest-api.js';
import { downloads } from './routes/downloads.js';
import { tokenApi } from './routes/token-api.js';
import { openApiDocument } from './openapi.js';
import { ingestUploads } from './ingest-adapter.js';
import { publicCache } from './public-cache.js';
import { dropCachesAfterWrite } from './drop-caches-after-write.js';
import { pages } from './pages/routes.js';
import { campaignRoutes } from './campaign-routes.js';
import { programmeApi } from './routes/programme-api.js';
import { programmeReports } from './programme/report-cache.js';
import { loadProgrammeReportStoredFirst } from '../programme/stored-report.js';
import { storedPages } from './published/stored-pages.js';
import { precomputePublicContent } from './published/precompute-public-content.js';
import { failedAuthLimit } from './limits/failed-auth-limit.js';
import { writeLimit } from './limits/write-limit.js';
import { clientRateLimit } from './limits/client-rate-limit.js';

export interface WebLimits {
  /** Writes per minute per token (anonymous: per client address); default 60. */
  readonly writesPerMinute?: number;
  /** Failed authentications per 15 minutes per client address and per claimed token prefix; default 20. */
  readonly failedAuthPer15Minutes?: number;
  /** Uncached requests per minute per client to computed reports (pages, programme API); default 120. */
  readonly expensivePerMinute?: number;
}

export interface WebDeps extends AppDeps {
  readonly ingest?: IngestPort;
  readonly limits?: WebLimits;
  /** How long public responses of published content are kept in memory (default 5000 ms; 0 disables). */
  readonly publicCacheMs?: number;
  /** How long programme reports are kept in memory (default 60000 ms; 0 disables); successful writes clear them. */
  readonly programmeCacheMs?: number;
  /** How long a person's browser session lasts (default 8 hours; tests shorten it). */
  readonly sessionLifetimeMs?: number;
}

/** Paths whose answers are computed per request (rendered pages, programme reports): per-client rate limit. */
const EXPENSIVE = /^\/(?:$|ratings\/|regions\/|programme(?:\/|$)|api\/v1\/programme\/)/;

export function createApp(deps: WebDeps): express.Express {
  const db = deps.database.db;
  const now = deps.clock ?? (() => new Date());
  const millis = () => performance.now();
  const log = deps.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const https = deps.config.https ?? false;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  // Client addresses for the limits: the socket's peer unless a proxy is trusted (EGOV_TRUST_PROXY, docs/api.md).
  app.set('trust proxy', deps.config.trustProxy ?? false);
  app.use(
    helmet({
      strictTransportSecurity: https,
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:'],
          'script-src': ["'self'"],
          'upgrade-insecure-requests': https ? [] : null,
        },
      },
    }),
  );

  const cache = publicCache(millis, deps.publicCacheMs);
  const programme = programmeReports((key) => loadProgrammeReportStoredFirst(db, key), millis, deps.programmeCacheMs);
  // One failed-authentication limit for the API's bearer tokens and the sign-in page's access keys.
  const failedAuth = failedAuthLimit(deps.limits?.failedAuthPer15Minutes ?? 20, 15 * 60_000, millis);
  const expensive = clientRateLimit(deps.limits?.expensivePerMinute ?? 120, millis);
  app.use(
    cache.middleware,
    storedPages(db),
    authenticate(db, now, failedAuth),
    writeLimit(deps.limits?.writesPerMinute ?? 60, millis),
    dropCachesAfterWrite([cache.clear, programme.clear]),
    (req, res, next) => (req.method === 'GET' && EXPENSIVE.test(req.path) ? expensive(req, res, next) : next()),
  );
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(openApiDocument());
  });
  app.use(
    '/api/v1',
    readApi(db),
    programmeApi(db, programme),
    writeApi(db, now, precomputePublicContent(deps.config.reportsDir, siteUrlOf(deps.config))),
    ingestApi(db, now, deps.ingest ?? ingestUploads(deps.database)),
    downloads(db, deps.config.reportsDir),
    tokenApi(db, now),
  );
  app.use('/api', apiNotFound);
  app.use(campaignRoutes(deps.database, now, { https, sessionLifetimeMs: deps.sessionLifetimeMs, failedAuth }));
  app.use(pages(db, deps.config.reportsDir, programme, siteUrlOf(deps.config)));
  app.use(errorMiddleware(log));
  return app;
}
