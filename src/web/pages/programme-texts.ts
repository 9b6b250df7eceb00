/**
 * Texts and number formats of the programme pages (the programme page and the region page's programme section),
 * Russian and English. Shares arrive as percentages 0–100 (adoption) or fractions 0–1 (channels); missing values
 * are shown as an em dash, never as 0.
 */
import { STATUS_LABELS } from '../../programme/labels.js';
import type { AdoptionStatus } from '../../core/programme/index.js';
import type { PageLang } from './i18n.js';
import { nonZeroDecimals, sideDecimals } from '../../text/side-decimals.js';
import { formatDecimal } from './number-format.js';

const TEXTS = {
  programme: { ru: 'Программа', en: 'Programme' },
  title: { ru: 'Электронные услуги: цели, каналы, деньги', en: 'E-services: targets, channels, money' },
  intro: {
    ru: 'Три вопроса региональной администрации: достигает ли доля пользователей электронных услуг цели дорожной карты и федеральной цели; что дают каналы подачи и мобильные офисы; что покупают деньги программы.',
    en: 'Three questions a regional administration asks: does the share of residents using e-services reach the road-map and federal targets; what do the channels and mobile offices deliver; what does the programme money buy.',
  },
  answers: { ru: 'Коротко', en: 'In short' },
  adoption: { ru: '1. Использование электронных услуг и цели', en: '1. E-service use against targets' },
  channels: { ru: '2. Каналы подачи заявлений', en: '2. Application channels' },
  mobile: { ru: 'Мобильные офисы', en: 'Mobile offices' },
  money: { ru: '3. Деньги и результаты', en: '3. Money against results' },
  measured: { ru: 'Доля пользователей, %', en: 'Users, %' },
  roadMap: { ru: 'Цель дорожной карты, %', en: 'Road-map target, %' },
  federal: { ru: 'Федеральная цель', en: 'Federal target' },
  status: { ru: 'Статус', en: 'Status' },
  gap: { ru: 'Отклонение, п.п.', en: 'Gap, points' },
  reaches: { ru: 'Тренд достигает цели', en: 'Trend reaches target' },
  targetYear: { ru: 'Срок', en: 'Due' },
  meetingOwn: { ru: 'Достигли своей цели', en: 'Met own target' },
  reporting: { ru: 'Регионов с данными', en: 'Regions reporting' },
  channel: { ru: 'Канал', en: 'Channel' },
  applications: { ru: 'Заявлений', en: 'Applications' },
  share: { ru: 'Доля', en: 'Share' },
  nationShare: { ru: 'Доля по России', en: 'Share, Russia' },
  medianDays: { ru: 'Медиана, дн.', en: 'Median days' },
  onTime: { ru: 'В срок', en: 'On time' },
  refused: { ru: 'Отказы', en: 'Refused' },
  rating: { ru: 'Оценка', en: 'Rating' },
  period: { ru: 'Период', en: 'Period' },
  documents: { ru: 'Выдано документов', en: 'Documents issued' },
  municipalities: { ru: 'Муниципальные образования (ОКТМО)', en: 'Municipalities (OKTMO)' },
  service: { ru: 'Услуга', en: 'Service' },
  spending: { ru: 'Расходы, млн ₽', en: 'Spending, million RUB' },
  perResident: { ru: '₽ на жителя', en: 'RUB per resident' },
  perApplication: { ru: '₽ на заявление', en: 'RUB per application' },
  perEApplication: { ru: '₽ на электронное заявление', en: 'RUB per e-application' },
  scoreChange: { ru: 'Изменение балла', en: 'Score change' },
  deaCrs: { ru: 'DEA, постоянная отдача', en: 'DEA, constant returns' },
  deaVrs: { ru: 'DEA, переменная отдача', en: 'DEA, variable returns' },
  peers: { ru: 'Эталоны', en: 'Peers' },
  efficientCrs: { ru: 'На границе эффективности (постоянная отдача)', en: 'On the frontier (constant returns)' },
  efficientVrs: { ru: 'На границе эффективности (переменная отдача)', en: 'On the frontier (variable returns)' },
  noAdoption: {
    ru: 'Нет измерений доли пользователей за этот год.',
    en: 'No measurement of e-service use for this year.',
  },
  noChannels: { ru: 'Нет данных о заявлениях за этот год.', en: 'No application data for this year.' },
  noMobile: { ru: 'Мобильные офисы заявлений не принимали.', en: 'Mobile offices took no applications.' },
  fromVolumes: {
    ru: 'Источник: сводные объёмы по каналам (сроки, отказы и оценки не измеряются).',
    en: 'Source: aggregated channel volumes (no times, refusals or ratings).',
  },
  noData: { ru: 'Данных программы пока нет.', en: 'No programme data yet.' },
  more: { ru: 'Все регионы и округа', en: 'All regions and districts' },
  dea: {
    ru: 'Анализ среды функционирования (DEA) сравнивает расходы программы на жителя с баллом рейтинга и числом электронных заявлений на 1000 жителей. Эффективность 0,6 значит: эталоны добиваются не меньшего при 60 % расходов на жителя.',
    en: 'DEA (data envelopment analysis) sets programme spending per resident against the rating score and e-applications per 1,000 residents. An efficiency of 0.6 means the peers achieve as much with 60% of the spending per resident.',
  },
} as const;

export type ProgrammeTextKey = keyof typeof TEXTS;

export function pt(lang: PageLang, key: ProgrammeTextKey): string {
  return TEXTS[key][lang];
}

export function statusLabel(lang: PageLang, status: AdoptionStatus): string {
  return STATUS_LABELS[status][lang];
}

const locale = (lang: PageLang) => (lang === 'ru' ? 'ru-RU' : 'en-GB');

/** A number with at most `digits` decimals in the page language; null → "—". */
export function fmt(value: number | null | undefined, lang: PageLang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatDecimal(value, locale(lang), 0, digits);
}

/**
 * A measured share with enough decimals to stay on its side of every target it is judged against, so that the number
 * and the status agree: 69.989 against 70 → "69,99" (behind), never "70"; 70.04 → "70" (met).
 */
export function fmtAgainst(
  value: number | null | undefined,
  targets: readonly (number | null | undefined)[],
  lang: PageLang,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = Math.max(1, ...targets.map((t) => (t === null || t === undefined ? 1 : sideDecimals(value, t, 1))));
  return fmt(value, lang, digits);
}

/** A gap in percentage points that is never shown as 0 when it is not: −0.011 → "−0,01"; null → "—". */
export function fmtGap(gap: number | null | undefined, lang: PageLang): string {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return '—';
  return fmt(gap, lang, nonZeroDecimals(gap, 1));
}

/** A fraction 0–1 as a percentage with one decimal (0.4 → "40 %" / "40%"); null → "—". */
export function pct(fraction: number | null | undefined, lang: PageLang): string {
  if (fraction === null || fraction === undefined) return '—';
  return `${fmt(fraction * 100, lang)}${lang === 'ru' ? ' %' : '%'}`;
}
