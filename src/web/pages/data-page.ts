/**
 * The data page of a published run (/ratings/{period}/data): every file of its publication, grouped (main files,
 * tables, charts, factsheets and charts by region, documentation), each with its size and a line saying what it is.
 */
import type { RunSummary } from '../../ratings/queries.js';
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { withLang } from './layout.js';
import type { FileGroups, PublishedFile } from './publication-files.js';

const TEXT = {
  title: { ru: 'Данные рейтинга', en: 'Rating data' },
  main: { ru: 'Главные файлы', en: 'Main files' },
  tables: { ru: 'Таблицы', en: 'Tables' },
  charts: { ru: 'Графики по России', en: 'Charts for Russia' },
  regions: { ru: 'По регионам: справки и графики', en: 'By region: factsheets and charts' },
  documentation: { ru: 'Описание данных', en: 'Documentation' },
  back: { ru: 'К рейтингу', en: 'Back to the ranking' },
  none: { ru: 'Файлы ещё не выгружены.', en: 'No files exported yet.' },
} as const;

/** What a file is, by its manifest kind and name. */
export function fileDescription(f: PublishedFile, lang: PageLang): string {
  const ru = lang === 'ru';
  if (f.kind === 'workbook')
    return ru
      ? 'Книга Excel: рейтинг, услуги, этапы, показатели, устойчивость, методика'
      : 'Excel workbook: ranking, services, stages, indicators, robustness, method';
  if (f.kind === 'csv') {
    const what = f.file.includes('indicators')
      ? ru
        ? 'значения показателей'
        : 'indicator values'
      : ru
        ? 'рейтинг'
        : 'ranking';
    return f.file.includes('excel-ru')
      ? ru
        ? `CSV для русского Excel (точка с запятой, десятичная запятая): ${what}`
        : `CSV for Russian Excel (semicolons, decimal commas): ${what}`
      : ru
        ? `CSV (UTF-8, запятая): ${what}`
        : `CSV (UTF-8, commas): ${what}`;
  }
  if (f.kind === 'factsheet') return ru ? 'Справка по региону (HTML для печати)' : 'Region factsheet (printable HTML)';
  if (f.kind.startsWith('chart:')) return `${ru ? 'График' : 'Chart'}: ${f.kind.slice('chart:'.length)}`;
  if (f.kind === 'data-dictionary')
    return ru ? 'Словарь данных: что значит каждый столбец' : 'Data dictionary: what each column means';
  if (f.kind === 'archive')
    return ru
      ? 'ZIP-архив всех файлов выгрузки: таблицы, графики, справки по регионам, словарь данных, манифест'
      : 'ZIP archive of every file: tables, charts, region factsheets, data dictionary, manifest';
  if (f.kind === 'manifest')
    return ru ? 'Манифест: список файлов с контрольными суммами SHA-256' : 'Manifest: every file with its SHA-256';
  return '';
}

/** 1 234 567 bytes → "1,2 МБ" / "1.2 MB". */
export function fileSize(bytes: number | null, lang: PageLang): string {
  if (bytes === null) return '—';
  const units = lang === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: digits })} ${units[unit]}`;
}

export const fileHref = (run: RunSummary, f: PublishedFile): string => `/api/v1/runs/${run.id}/downloads/${f.file}`;

function fileList(run: RunSummary, files: readonly PublishedFile[], lang: PageLang): SafeHtml {
  return html`<ul class="files">
    ${files.map(
      (f) =>
        html`<li>
          <a href="${fileHref(run, f)}" download>${f.file}</a> <span class="meta">${fileSize(f.bytes, lang)}</span> —
          ${fileDescription(f, lang)}
        </li>`,
    )}
  </ul>`;
}

const mainLabel = (f: PublishedFile, lang: PageLang): string =>
  f.kind === 'workbook'
    ? 'XLSX'
    : f.kind === 'archive'
      ? lang === 'ru'
        ? 'ZIP всех файлов'
        : 'ZIP of all files'
      : lang === 'ru'
        ? 'CSV для Excel'
        : 'CSV for Excel';

/** The main files (XLSX, CSV, ZIP of all) as a short line of links, for the top of the ranking page. */
export function mainDownloads(run: RunSummary, groups: FileGroups, lang: PageLang): SafeHtml {
  if (groups.main.length === 0) return html``;
  return html`<p class="downloads">
    <strong>${lang === 'ru' ? 'Скачать' : 'Download'}:</strong> ${groups.main.map(
      (f) =>
        html`<a href="${fileHref(run, f)}" download>${mainLabel(f, lang)}</a>
          <span class="meta">(${fileSize(f.bytes, lang)})</span> · `,
    )}<a href="${withLang(`/ratings/${run.period}/data`, lang)}">${lang === 'ru' ? 'все файлы' : 'all files'}</a>
  </p>`;
}

export function dataBody(
  lang: PageLang,
  run: RunSummary,
  groups: FileGroups,
  regionName: (code: string) => string,
): SafeHtml {
  const sections: [keyof typeof TEXT, readonly PublishedFile[]][] = [
    ['main', groups.main],
    ['tables', groups.tables],
    ['charts', groups.charts],
    ['documentation', groups.documentation],
  ];
  const regions = [...groups.regions.entries()].sort((a, b) => regionName(a[0]).localeCompare(regionName(b[0]), lang));
  const empty = sections.every(([, files]) => files.length === 0) && regions.length === 0;
  return html`<h1>${TEXT.title[lang]} ${run.period}</h1>
    <p><a href="${withLang(`/ratings/${run.period}`, lang)}">${TEXT.back[lang]}</a></p>
    ${empty ? html`<p>${TEXT.none[lang]}</p>` : ''}
    ${sections
      .filter(([, files]) => files.length > 0)
      .map(
        ([key, files]) =>
          html`<h2>${TEXT[key][lang]}</h2>
            ${fileList(run, files, lang)}`,
      )}
    ${
      regions.length === 0
        ? ''
        : html`<h2>${TEXT.regions[lang]}</h2>
            ${regions.map(
              ([code, files]) =>
                html`<details>
                  <summary>${regionName(code)} <span class="meta">(${files.length})</span></summary>
                  ${fileList(run, files, lang)}
                </details>`,
            )}`
    }`;
}
