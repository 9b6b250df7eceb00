/**
 * A public page as its renderer returns it, before it is sent: the same value is sent by the route and stored at
 * publication (src/web/published/precompute-public-content.ts), so the stored page equals the live one byte for byte.
 */
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import type { ProgrammeReports } from '../programme/report-cache.js';
import type { SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { layout } from './layout.js';

export interface RenderedPage {
  readonly status: number;
  readonly lang: PageLang;
  readonly title: string;
  readonly path: string;
  readonly synthetic: boolean;
  readonly body: SafeHtml;
}

/** What a page renderer reads: the database, the publication folders and the programme reports. */
export interface PageSources {
  readonly db: Kysely<DB>;
  readonly reportsDir: string;
  readonly programme: Pick<ProgrammeReports, 'get'>;
  /** The site's address for absolute links (embed snippets), no trailing slash; http://localhost:8080 when absent. */
  readonly siteUrl?: string;
}

/** Published pages may be cached by anyone for a minute (ETag makes revalidation cheap); errors are not stored. */
export const pageCacheControl = (status: number): string => (status === 200 ? 'public, max-age=60' : 'no-store');

export const PAGE_CONTENT_TYPE = 'text/html; charset=utf-8';

export const pageHtml = (page: RenderedPage): string => layout(page);

export function sendPage(res: Response, page: RenderedPage): void {
  res.status(page.status).type('html').set('Cache-Control', pageCacheControl(page.status)).send(pageHtml(page));
}

export const firstString = (value: unknown): string => (typeof value === 'string' ? value : '');
