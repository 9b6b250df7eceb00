/** The page shell: header with navigation and language switch, the synthetic-data banner, main content, footer. */
import { html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';

export interface Shell {
  readonly lang: PageLang;
  readonly title: string;
  /** Current path without query, for the language switch link. */
  readonly path: string;
  readonly synthetic: boolean;
  readonly body: SafeHtml;
  /** Page scripts besides the table sorter (same-origin paths, loaded deferred; the CSP allows 'self' only). */
  readonly scripts?: readonly string[];
}

export function withLang(href: string, lang: PageLang): string {
  if (lang === 'ru') return href;
  return `${href}${href.includes('?') ? '&' : '?'}lang=en`;
}

export function layout(shell: Shell): string {
  const { lang } = shell;
  const other: PageLang = lang === 'ru' ? 'en' : 'ru';
  const banner = shell.synthetic
    ? html`<p class="synthetic" role="alert"><strong>${t(lang, 'synthetic')}</strong></p>`
    : '';
  return `<!doctype html>${html`<html lang="${lang}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${shell.title} · ${t(lang, 'siteTitle')}</title>
      <link rel="stylesheet" href="/assets/site.css" />
      <script src="/assets/sort.js" defer></script>
      ${(shell.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
    </head>
    <body>
      <a class="skip" href="#main">${lang === 'ru' ? 'К содержанию' : 'Skip to content'}</a>
      <header class="top">
        <div class="wrap">
          <p class="ministry">${t(lang, 'ministry')}</p>
          <p class="site"><a href="${withLang('/', lang)}">${t(lang, 'siteTitle')}</a></p>
          <nav aria-label="${lang === 'ru' ? 'Разделы' : 'Sections'}">
            <ul>
              <li><a href="${withLang('/', lang)}">${t(lang, 'ranking')}</a></li>
              <li><a href="${withLang('/programme', lang)}">${t(lang, 'programme')}</a></li>
              <li><a href="${withLang('/methodology', lang)}">${t(lang, 'methodology')}</a></li>
              <li><a href="${withLang('/changelog', lang)}">${t(lang, 'changelog')}</a></li>
              <li>
                <a href="${withLang(shell.path, other)}" lang="${other}" hreflang="${other}">${t(lang, 'language')}</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      ${banner}
      <main id="main" class="wrap">${shell.body}</main>
      <footer class="wrap">
        <p>${shell.synthetic ? t(lang, 'synthetic') : ''}</p>
        <p>${t(lang, 'licence')} <a href="/api/v1/openapi.json">API (OpenAPI 3.1)</a></p>
      </footer>
    </body>
  </html>`}`;
}
