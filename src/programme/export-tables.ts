/**
 * The programme report as plain tables for the exports (one XLSX sheet or CSV file each) and the pages:
 * bilingual titles and headers, rows of numbers, strings or null (never NaN). Shares of applications are
 * given as percentages here (0–100, rounded by the writer), adoption shares already are.
 * When the report is synthetic every title starts with the synthetic-data notice.
 */
import { NATIONAL_CODE } from './channel-queries.js';
import type { ProgrammeReport } from './report.js';
import { CHANNEL_LABELS, STATUS_LABELS, SYNTHETIC_NOTICE, type Bilingual, type ProgrammeLang } from './labels.js';

export type Cell = string | number | boolean | null;

export interface ProgrammeTable {
  /** Stable id, usable as a file or sheet name: "programme-adoption", … */
  readonly id: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

const pct = (share: number | null): number | null => (share === null ? null : share * 100);

/** Builds every programme table of the report in `lang`. */
export function programmeTables(report: ProgrammeReport, lang: ProgrammeLang): ProgrammeTable[] {
  const say = (b: Bilingual): string => b[lang];
  const title = (b: Bilingual): string =>
    (report.synthetic ? `${say(SYNTHETIC_NOTICE)} — ` : '') + `${say(b)}, ${report.year}`;
  const table = (id: string, name: Bilingual, headers: Bilingual[], rows: Cell[][]): ProgrammeTable => ({
    id,
    title: title(name),
    headers: headers.map(say),
    rows,
  });
  const h = (ru: string, en: string): Bilingual => ({ ru, en });
  const regionName = new Map(report.regions.map((r) => [r.code, lang === 'ru' ? r.nameRu : r.nameEn]));
  const serviceName = new Map(report.services.map((s) => [s.id, lang === 'ru' ? s.nameRu : s.nameEn]));
  const name = (code: string): string => regionName.get(code) ?? code;
  const district = (code: string): string => (code === NATIONAL_CODE ? say({ ru: 'Россия', en: 'Russia' }) : code);
  const { frontier } = report.money;
  const dea = new Map(frontier.scores.map((s) => [s.regionCode, s]));
  return [
    table(
      'programme-adoption',
      h(
        'Доля граждан, использующих электронные услуги, и целевые значения',
        'Share of residents using e-services against targets',
      ),
      [
        h('Регион', 'Region'),
        h('Год', 'Year'),
        h('Факт, %', 'Measured, %'),
        h('Цель дорожной карты, %', 'Road-map target, %'),
        h('Срок цели', 'Target year'),
        h('Отклонение, п.п.', 'Gap, points'),
        h('Статус', 'Status'),
        h('Тренд достигнет цели в', 'Trend reaches target in'),
        h('Федеральная цель, %', 'Federal target, %'),
        h('Отклонение от федеральной, п.п.', 'Gap to federal, points'),
        h('Статус (федеральная)', 'Status (federal)'),
      ],
      report.adoption.regions.map((a) => [
        name(a.regionCode),
        a.year,
        a.measuredShare,
        a.regional.targetShare,
        a.regional.targetYear,
        a.regional.gap,
        say(STATUS_LABELS[a.regional.status]),
        a.regional.trendReachesYear,
        a.federal.targetShare,
        a.federal.gap,
        say(STATUS_LABELS[a.federal.status]),
      ]),
    ),
    table(
      'programme-adoption-groups',
      h(
        'Использование электронных услуг по округам и по России (взвешено по населению)',
        'E-service use by federal district and nationally (population-weighted)',
      ),
      [
        h('Округ / страна', 'District / country'),
        h('Год', 'Year'),
        h('Факт, %', 'Measured, %'),
        h('Средняя цель регионов, %', 'Mean regional target, %'),
        h('Регионов с данными', 'Regions reporting'),
        h('Регионов с целью', 'Regions with a target'),
        h('Из них достигли', 'Of which met'),
        h('Федеральная цель, %', 'Federal target, %'),
        h('Статус (федеральная)', 'Status (federal)'),
        h('Тренд достигнет цели в', 'Trend reaches target in'),
      ],
      [...report.adoption.districts, ...report.adoption.nation].map((g) => [
        district(g.group),
        g.year,
        g.measuredShare,
        g.regionalTargetShare,
        g.regionsReporting,
        g.regionsWithTarget,
        g.regionsMeetingOwnTarget,
        g.federal.targetShare,
        say(STATUS_LABELS[g.federal.status]),
        g.federal.trendReachesYear,
      ]),
    ),
    table(
      'programme-channels',
      h('Каналы подачи заявлений', 'Application channels'),
      [
        h('Регион', 'Region'),
        h('Канал', 'Channel'),
        h('Заявлений', 'Applications'),
        h('Доля, %', 'Share, %'),
        h('Медиана дней до результата', 'Median days to result'),
        h('В срок, %', 'Within deadline, %'),
        h('Отказов, %', 'Refusals, %'),
        h('Средняя оценка (1–5)', 'Mean rating (1–5)'),
        h('Оценок', 'Ratings'),
      ],
      [...report.channels.regions, ...report.channels.nation].map((c) => [
        c.regionCode === NATIONAL_CODE ? district(NATIONAL_CODE) : name(c.regionCode),
        say(CHANNEL_LABELS[c.channel]),
        c.applications,
        pct(c.share),
        c.medianDaysToResult,
        pct(c.deadlineCompliance),
        pct(c.refusalShare),
        c.meanRating,
        c.ratings,
      ]),
    ),
    table(
      'programme-mobile-municipalities',
      h('Мобильные офисы: где работали', 'Mobile offices: where they worked'),
      [
        h('Регион', 'Region'),
        h('Период', 'Period'),
        h('ОКТМО', 'OKTMO'),
        h('Муниципальное образование', 'Municipality'),
        h('Заявлений', 'Applications'),
        h('Выдано документов', 'Documents issued'),
      ],
      report.channels.mobileOffices.flatMap((m) =>
        m.municipalities.map((u) => [name(m.regionCode), m.period, u.oktmo, u.name, u.applications, u.documentsIssued]),
      ),
    ),
    table(
      'programme-mobile-services',
      h('Мобильные офисы: какие документы выданы', 'Mobile offices: which documents they issued'),
      [
        h('Регион', 'Region'),
        h('Период', 'Period'),
        h('Услуга', 'Service'),
        h('Заявлений', 'Applications'),
        h('Выдано документов', 'Documents issued'),
      ],
      report.channels.mobileOffices.flatMap((m) =>
        m.services.map((s) => [
          name(m.regionCode),
          m.period,
          serviceName.get(s.serviceId) ?? s.serviceId,
          s.applications,
          s.documentsIssued,
        ]),
      ),
    ),
    table(
      'programme-money',
      h(
        'Расходы и результаты (DEA, ориентация на вход: расходы на жителя → балл, электронные заявления на 1000 жителей)',
        'Money against results (input-oriented DEA: spending per resident → score, e-applications per 1,000 residents)',
      ),
      [
        h('Регион', 'Region'),
        h('Расходы, ₽', 'Spending, RUB'),
        h('На жителя, ₽', 'Per resident, RUB'),
        h('Балл рейтинга', 'Rating score'),
        h('Изменение балла', 'Score change'),
        h('Заявлений', 'Applications'),
        h('Электронных заявлений', 'E-applications'),
        h('Электронных на 1000 жителей', 'E-applications per 1,000 residents'),
        h('₽ на заявление', 'RUB per application'),
        h('₽ на электронное заявление', 'RUB per e-application'),
        h('Эффективность CRS', 'Efficiency CRS'),
        h('Эффективность VRS', 'Efficiency VRS'),
        h('Эффективность масштаба', 'Scale efficiency'),
        h('На границе (CRS)', 'On the frontier (CRS)'),
        h('Эталоны (CRS)', 'Peers (CRS)'),
      ],
      report.money.regions.map((r) => {
        const s = dea.get(r.regionCode);
        return [
          name(r.regionCode),
          r.spendingRub,
          r.spendingPerCapitaRub,
          r.score,
          r.scoreChange,
          r.applications,
          r.eApplications,
          r.eApplicationsPer1000,
          r.costPerApplicationRub,
          r.costPerEApplicationRub,
          s?.constantReturns.efficiency ?? null,
          s?.variableReturns.efficiency ?? null,
          s?.scaleEfficiency ?? null,
          s ? s.constantReturns.efficient : null,
          s ? s.constantReturns.peers.map(name).join(', ') : null,
        ];
      }),
    ),
    table(
      'programme-spending',
      h('Расходы по программам', 'Spending by programme'),
      [h('Регион', 'Region'), h('Программа', 'Programme'), h('Сумма, ₽', 'Amount, RUB')],
      report.money.regions.flatMap((r) => r.spending.map((s) => [name(r.regionCode), s.programme, s.amountRub])),
    ),
  ];
}
