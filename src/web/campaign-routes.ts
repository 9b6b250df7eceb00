/**
 * The campaign in the browser, for people (the API keeps bearer tokens): GET/POST /sign-in with an access key →
 * an HttpOnly, SameSite=Strict session cookie (Secure over HTTPS); POST /sign-out; /campaign (the open campaigns);
 * /campaign/:id/regions/:code (the region's page: download the form, upload, history, comments);
 * …/form.xlsx; /campaign/:id/board and board.xlsx (analysts: the board and its XLSX export); POST …/submissions (multipart upload → the ingest, restricted to the region); …/submissions/:sid (the
 * result); POST …/comments. A wrong access key counts against the API's failed-authentication limit (429 page once
 * over it). Every POST checks the CSRF token (the session's synchroniser token; the sign-in form a
 * double-submit cookie) and answers 403 without it. Without a live session a page redirects to /sign-in. A regional
 * user sees and writes only its own region (403 otherwise), as the API's roles say. Pages are never cached.
 */
import { Router, raw, type Request, type Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/connect.js';
import { isIngestKind } from '../ingest/types.js';
import {
  CampaignRequestError,
  closeCampaign,
  openCampaign,
  openCampaigns,
  readCampaign,
  type Campaign,
} from '../campaign/campaign-store.js';
import { readCampaignForm, type CampaignField, type FieldError } from '../campaign/campaign-form.js';
import {
  EMPTY_CAMPAIGN_VALUES,
  openCampaignBody,
  openCampaignTitle,
  type OpenCampaignValues,
} from './pages/campaign/open-campaign-page.js';
import { addComment, CommentRequestError, regionComments } from '../campaign/comments.js';
import { loadRegionFormInput, regionFormFileName, regionFormWorkbook } from '../campaign/region-form.js';
import { readSubmission, regionSubmissions, submitRegionFile } from '../campaign/submissions.js';
import { html, type SafeHtml } from './pages/html.js';
import { pageLang, type PageLang } from './pages/i18n.js';
import { layout, withLang } from './pages/layout.js';
import { campaignsBody, regionBody, resultBody, signInBody, whoBar } from './pages/campaign/campaign-pages.js';
import { ct } from './pages/campaign/campaign-texts.js';
import { boardBody } from './pages/campaign/board-page.js';
import { loadBoard } from '../campaign/board.js';
import { boardFileName, boardWorkbook } from '../campaign/board-workbook.js';
import { readCookie, SESSION_COOKIE, setCookie, SIGN_IN_COOKIE } from './session/cookies.js';
import { parseFormBody } from './session/form-body.js';
import { endSession, findSession, randomToken, signIn, type WebSession } from './session/session-store.js';
import { UPLOAD_LIMIT } from './routes/ingest-api.js';
import type { FailedAuthLimit } from './limits/failed-auth-limit.js';
import { claimedPrefix } from '../auth/token-secret.js';

export interface CampaignRouteOptions {
  readonly https: boolean;
  /** Session lifetime (default 8 hours; tests shorten it). */
  readonly sessionLifetimeMs?: number;
  /** The API's failed-authentication limit: a wrong access key on the sign-in page counts as a 401 there does. */
  readonly failedAuth?: FailedAuthLimit;
}

const sameToken = (a: string | undefined | null, b: string): boolean =>
  typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function campaignRoutes(database: Database, now: () => Date, options: CampaignRouteOptions): Router {
  const db = database.db;
  const router = Router();
  const small = raw({ type: () => true, limit: '64kb' });
  const large = raw({ type: () => true, limit: UPLOAD_LIMIT });

  const page = (res: Response, status: number, lang: PageLang, title: string, path: string, body: SafeHtml) => {
    res
      .status(status)
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(layout({ lang, title, path, synthetic: false, body }));
  };
  const toSignIn = (res: Response, lang: PageLang, expired: boolean) =>
    res
      .status(303)
      .set('Cache-Control', 'no-store')
      .location(withLang(`/sign-in${expired ? '?expired=1' : ''}`, lang))
      .end();

  /** The live session of the request, or null (the caller redirects to sign-in). */
  const sessionOf = async (req: Request): Promise<{ id: string; session: WebSession } | null> => {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!id) return null;
    const session = await findSession(db, id, now());
    return session ? { id, session } : null;
  };
  const forbidden = (res: Response, lang: PageLang, path: string, text: string) =>
    page(
      res,
      403,
      lang,
      '403',
      path,
      html`<h1>403</h1>
        <p role="alert">${text}</p>`,
    );

  router.get('/sign-in', (req, res) => {
    const lang = pageLang(req.query);
    const csrf = randomToken();
    res.append('Set-Cookie', setCookie(SIGN_IN_COOKIE, csrf, { maxAgeSeconds: 3600, secure: options.https }));
    page(
      res,
      200,
      lang,
      ct(lang, 'signInTitle'),
      '/sign-in',
      signInBody(lang, csrf, req.query.expired ? ct(lang, 'expired') : null),
    );
  });

  router.post('/sign-in', small, async (req, res) => {
    const lang = pageLang(req.query);
    const form = parseFormBody(req.headers['content-type'], req.body as Buffer);
    const cookie = readCookie(req.headers.cookie, SIGN_IN_COOKIE);
    if (!form || !cookie || !sameToken(form.fields.get('csrf'), cookie))
      return forbidden(res, lang, '/sign-in', ct(lang, 'csrf'));
    const key = form.fields.get('key') ?? '';
    const client = req.ip ?? '';
    const prefix = claimedPrefix(key);
    if (options.failedAuth?.blocked(client, prefix))
      return page(
        res.set('Retry-After', '900'),
        429,
        lang,
        ct(lang, 'signInTitle'),
        '/sign-in',
        html`<h1>${ct(lang, 'signInTitle')}</h1>
          <p role="alert">${ct(lang, 'tooManyFailures')}</p>`,
      );
    const signedIn = await signIn(db, key, now(), options.sessionLifetimeMs);
    if (!signedIn) {
      options.failedAuth?.recordFailure(client, prefix);
      const csrf = randomToken();
      res.append('Set-Cookie', setCookie(SIGN_IN_COOKIE, csrf, { maxAgeSeconds: 3600, secure: options.https }));
      return page(res, 401, lang, ct(lang, 'signInTitle'), '/sign-in', signInBody(lang, csrf, ct(lang, 'badKey')));
    }
    const maxAgeSeconds = (signedIn.session.expiresAt.getTime() - now().getTime()) / 1000;
    res.append('Set-Cookie', setCookie(SESSION_COOKIE, signedIn.id, { maxAgeSeconds, secure: options.https }));
    res.append('Set-Cookie', setCookie(SIGN_IN_COOKIE, '', { maxAgeSeconds: 0, secure: options.https }));
    res.status(303).set('Cache-Control', 'no-store').location(withLang('/campaign', lang)).end();
  });

  router.post('/sign-out', small, async (req, res) => {
    const lang = pageLang(req.query);
    const current = await sessionOf(req);
    if (!current) return toSignIn(res, lang, true);
    const form = parseFormBody(req.headers['content-type'], req.body as Buffer);
    if (!form || !sameToken(form.fields.get('csrf'), current.session.csrfToken))
      return forbidden(res, lang, '/sign-out', ct(lang, 'csrf'));
    await endSession(db, current.id, current.session.principal, now());
    res.append('Set-Cookie', setCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: options.https }));
    toSignIn(res, lang, false);
  });

  router.get('/campaign', async (req, res) => {
    const lang = pageLang(req.query);
    const current = await sessionOf(req);
    if (!current) return toSignIn(res, lang, readCookie(req.headers.cookie, SESSION_COOKIE) !== null);
    const { principal, csrfToken } = current.session;
    const regions = (
      await db.selectFrom('region').select(['code', 'name_ru', 'name_en']).orderBy('code').execute()
    ).map((r) => ({ code: r.code, name: lang === 'ru' ? r.name_ru : r.name_en }));
    const body = html`${whoBar(lang, principal, csrfToken)}${campaignsBody(lang, principal, csrfToken, await openCampaigns(db), regions)}`;
    page(res, 200, lang, ct(lang, 'campaigns'), '/campaign', body);
  });

  const csrfOk = (session: WebSession, fields: ReadonlyMap<string, string> | undefined) =>
    sameToken(fields?.get('csrf'), session.csrfToken);

  /** The signed-in analyst of an analysts' page, or null when answered (sign-in redirect, or 403 for others). */
  const analystRoute = async (req: Request, res: Response) => {
    const lang = pageLang(req.query);
    const current = await sessionOf(req);
    if (!current) {
      toSignIn(res, lang, readCookie(req.headers.cookie, SESSION_COOKIE) !== null);
      return null;
    }
    if (current.session.principal.role !== 'federal-analyst') {
      forbidden(res, lang, req.path, ct(lang, 'analystsOnly'));
      return null;
    }
    return { lang, current, principal: current.session.principal };
  };

  const monitoringIndicators = async (lang: PageLang) =>
    (
      await db
        .selectFrom('indicator')
        .select(['id', 'name_ru', 'name_en'])
        .where('source', '=', 'monitoring')
        .orderBy('id')
        .execute()
    ).map((i) => ({ id: i.id, name: lang === 'ru' ? i.name_ru : i.name_en }));

  const openForm = async (
    res: Response,
    status: number,
    lang: PageLang,
    current: { session: WebSession },
    values: OpenCampaignValues,
    errors: readonly FieldError[],
  ) => {
    const body = html`${whoBar(lang, current.session.principal, current.session.csrfToken)}${openCampaignBody(
      lang,
      current.session.csrfToken,
      await monitoringIndicators(lang),
      values,
      errors,
    )}`;
    page(res, status, lang, openCampaignTitle(lang), '/campaign/new', body);
  };

  router.get('/campaign/new', async (req, res) => {
    const route = await analystRoute(req, res);
    if (!route) return;
    await openForm(res, 200, route.lang, route.current, EMPTY_CAMPAIGN_VALUES, []);
  });

  router.post('/campaign/new', small, async (req, res) => {
    const route = await analystRoute(req, res);
    if (!route) return;
    const { lang, current, principal } = route;
    const form = parseFormBody(req.headers['content-type'], req.body as Buffer);
    if (!csrfOk(current.session, form?.fields)) return forbidden(res, lang, req.path, ct(lang, 'csrf'));
    const indicators = (await monitoringIndicators(lang)).map((i) => i.id);
    const { request, errors } = readCampaignForm(form!.fields, indicators);
    const values: OpenCampaignValues = {
      period: form!.fields.get('period') ?? '',
      kinds: request.kinds,
      indicators: request.indicators ?? [],
      deadline: request.deadline,
      note: request.note ?? '',
    };
    const open = errors.length === 0 ? (await openCampaigns(db)).find((c) => c.period === request.period) : undefined;
    if (open)
      errors.push({
        field: 'period',
        ru: `Кампания ${open.id} за ${open.period} год ещё открыта: сначала закройте её.`,
        en: `Campaign ${open.id} for ${open.period} is still open: close it first.`,
      });
    if (errors.length > 0) return openForm(res, 400, lang, current, values, errors);
    try {
      await openCampaign(db, request, { actor: principal.actor, role: principal.role });
    } catch (error) {
      if (!(error instanceof CampaignRequestError)) throw error;
      // Another analyst opened the same period a moment ago: the store's own check, in its words.
      const field: CampaignField = 'period';
      return openForm(res, 400, lang, current, values, [{ field, ru: error.message, en: error.message }]);
    }
    res.status(303).set('Cache-Control', 'no-store').location(withLang('/campaign', lang)).end();
  });

  router.post('/campaign/:id/close', small, async (req, res) => {
    const route = await analystRoute(req, res);
    if (!route) return;
    const { lang, current, principal } = route;
    const form = parseFormBody(req.headers['content-type'], req.body as Buffer);
    if (!csrfOk(current.session, form?.fields)) return forbidden(res, lang, req.path, ct(lang, 'csrf'));
    const id = Number(req.params.id);
    const campaign = Number.isSafeInteger(id) && id > 0 ? await readCampaign(db, id) : null;
    if (!campaign) return page(res, 404, lang, '404', req.path, html`<h1>404</h1>`);
    if (!campaign.closedAt) await closeCampaign(db, id, { actor: principal.actor, role: principal.role }, now());
    res.status(303).set('Cache-Control', 'no-store').location(withLang('/campaign', lang)).end();
  });

  /** The campaign and region of a region route, after the session and the region check; null when answered. */
  const regionRoute = async (
    req: Request,
    res: Response,
  ): Promise<{
    lang: PageLang;
    current: { id: string; session: WebSession };
    campaign: Campaign;
    region: { code: string; name: string };
    path: string;
  } | null> => {
    const lang = pageLang(req.query);
    const path = req.path;
    const current = await sessionOf(req);
    if (!current) {
      toSignIn(res, lang, readCookie(req.headers.cookie, SESSION_COOKIE) !== null);
      return null;
    }
    const principal = current.session.principal;
    const code = String(req.params.code);
    if (principal.role === 'regional' && principal.regionCode !== code) {
      forbidden(res, lang, path, ct(lang, 'forbidden'));
      return null;
    }
    const id = Number(req.params.id);
    const campaign = Number.isSafeInteger(id) && id > 0 ? await readCampaign(db, id) : null;
    const row = await db
      .selectFrom('region')
      .select(['code', 'name_ru', 'name_en'])
      .where('code', '=', code)
      .executeTakeFirst();
    if (!campaign || !row) {
      page(res, 404, lang, '404', path, html`<h1>404</h1>`);
      return null;
    }
    return {
      lang,
      current,
      campaign,
      region: { code: row.code, name: lang === 'ru' ? row.name_ru : row.name_en },
      path,
    };
  };

  /** The campaign of a board route, after the session and the role check (analysts only); null when answered. */
  const boardRoute = async (req: Request, res: Response) => {
    const route = await analystRoute(req, res);
    if (!route) return null;
    const { lang, current } = route;
    const id = Number(req.params.id);
    const campaign = Number.isSafeInteger(id) && id > 0 ? await readCampaign(db, id) : null;
    if (!campaign) {
      page(res, 404, lang, '404', req.path, html`<h1>404</h1>`);
      return null;
    }
    const filter = {
      district: typeof req.query.district === 'string' ? req.query.district : '',
      status: typeof req.query.status === 'string' ? req.query.status : '',
    };
    return { lang, current, campaign, filter, board: await loadBoard(db, campaign, lang, filter) };
  };

  router.get('/campaign/:id/board', async (req, res) => {
    const route = await boardRoute(req, res);
    if (!route) return;
    const { lang, current, campaign, filter, board } = route;
    const body = html`${whoBar(lang, current.session.principal, current.session.csrfToken)}${boardBody(
      lang,
      campaign,
      board.rows,
      board.districts,
      filter,
    )}`;
    page(res, 200, lang, `${campaign.period}`, req.path, body);
  });

  router.get('/campaign/:id/board.xlsx', async (req, res) => {
    const route = await boardRoute(req, res);
    if (!route) return;
    const bytes = Buffer.from(await boardWorkbook(route.campaign, route.board, route.lang).xlsx.writeBuffer());
    res
      .status(200)
      .set('Cache-Control', 'no-store')
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(boardFileName(route.campaign, route.board.synthetic))
      .send(bytes);
  });

  router.get('/campaign/:id/regions/:code', async (req, res) => {
    const route = await regionRoute(req, res);
    if (!route) return;
    const { lang, current, campaign, region, path } = route;
    const [submissions, comments] = await Promise.all([
      regionSubmissions(db, campaign.id, region.code),
      regionComments(db, campaign.id, region.code),
    ]);
    const body = html`${whoBar(lang, current.session.principal, current.session.csrfToken)}${regionBody(
      lang,
      current.session.csrfToken,
      campaign,
      region,
      submissions,
      comments,
    )}`;
    page(res, 200, lang, region.name, path, body);
  });

  router.get('/campaign/:id/regions/:code/form.xlsx', async (req, res) => {
    const route = await regionRoute(req, res);
    if (!route) return;
    const input = await loadRegionFormInput(db, route.campaign, route.region.code);
    const bytes = Buffer.from(await regionFormWorkbook(input).xlsx.writeBuffer());
    res
      .status(200)
      .set('Cache-Control', 'no-store')
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(regionFormFileName(route.campaign, route.region.code))
      .send(bytes);
  });

  router.post('/campaign/:id/regions/:code/submissions', large, async (req, res) => {
    const route = await regionRoute(req, res);
    if (!route) return;
    const { lang, current, campaign, region, path } = route;
    const form = parseFormBody(req.headers['content-type'], req.body as Buffer);
    if (!csrfOk(current.session, form?.fields)) return forbidden(res, lang, path, ct(lang, 'csrf'));
    if (campaign.closedAt) return page(res, 409, lang, '409', path, html`<p role="alert">${ct(lang, 'closed')}</p>`);
    const kind = form!.fields.get('kind') ?? 'measurements';
    const file = form!.files.get('file');
    if (!isIngestKind(kind) || !campaign.kinds.includes(kind) || !file || file.content.length === 0)
      return page(res, 400, lang, '400', path, html`<p role="alert">${ct(lang, 'refusedText')} ${kind}</p>`);
    const principal = current.session.principal;
    const submission = await submitRegionFile(database, {
      campaign,
      regionCode: region.code,
      kind,
      file,
      by: { actor: principal.actor, role: principal.role },
      at: now(),
    });
    res
      .status(303)
      .set('Cache-Control', 'no-store')
      .location(withLang(`/campaign/${campaign.id}/regions/${region.code}/submissions/${submission.id}`, lang))
      .end();
  });

  router.get('/campaign/:id/regions/:code/submissions/:sid', async (req, res) => {
    const route = await regionRoute(req, res);
    if (!route) return;
    const sid = Number(req.params.sid);
    const submission = Number.isSafeInteger(sid) && sid > 0 ? await readSubmission(db, sid) : null;
    if (!submission || submission.campaignId !== route.campaign.id || submission.regionCode !== route.region.code)
      return page(res, 404, route.lang, '404', route.path, html`<h1>404</h1>`);
    const body = html`${whoBar(route.lang, route.current.session.principal, route.current.session.csrfToken)}${resultBody(
      route.lang,
      route.region,
      submission,
    )}`;
    page(res, 200, route.lang, ct(route.lang, 'result'), route.path, body);
  });

  router.post('/campaign/:id/regions/:code/comments', small, async (req, res) => {
    const route = await regionRoute(req, res);
    if (!route) return;
    const { lang, current, campaign, region, path } = route;
    const form = parseFormBody(req.headers['content-type'], req.body as Buffer);
    if (!csrfOk(current.session, form?.fields)) return forbidden(res, lang, path, ct(lang, 'csrf'));
    const principal = current.session.principal;
    try {
      await addComment(
        db,
        { campaignId: campaign.id, regionCode: region.code },
        { actor: principal.actor, role: principal.role },
        form!.fields.get('body') ?? '',
        now(),
      );
    } catch (error) {
      if (error instanceof CommentRequestError)
        return page(res, 400, lang, '400', path, html`<p role="alert">${error.message}</p>`);
      throw error;
    }
    res
      .status(303)
      .set('Cache-Control', 'no-store')
      .location(`${withLang(`/campaign/${campaign.id}/regions/${region.code}`, lang)}#comments`)
      .end();
  });

  return router;
}
