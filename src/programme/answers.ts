/**
 * The three questions of a regional administration answered in plain sentences (Russian or English) from a
 * ProgrammeReport, for the region page, the CLI summary and the factsheet:
 *   1. how the share of residents using e-services compares with the road-map and federal targets;
 *   2. what each channel delivers, and where mobile offices worked and what they issued;
 *   3. what the money buys: unit costs and the DEA efficiency with the efficient peers.
 * For the nation the same questions are answered with the national aggregates and the efficient regions.
 * Missing figures are said to be missing, never printed as 0.
 */
import type { AdoptionStatus, TargetAssessment } from '../core/programme/index.js';
import { NATIONAL_CODE } from './channel-queries.js';
import { CHANNEL_LABELS, EXCLUSION_LABELS, STATUS_LABELS, SYNTHETIC_NOTICE, type ProgrammeLang } from './labels.js';
import type { ProgrammeReport } from './report.js';
import { nonZeroDecimals, sideDecimals } from '../text/side-decimals.js';

export interface ProgrammeAnswers {
  readonly adoption: string;
  readonly channels: string;
  readonly mobileOffices: string;
  readonly money: string;
  /** The synthetic-data notice when the report is synthetic, else null. */
  readonly notice: string | null;
}

/**
 * Decimals of a measured share: 1, or more while it would round onto a target it falls short of (69.989 against 70
 * is "69,99", so the sentence never says "70 %" next to "behind").
 */
function measuredDigits(own: {
  readonly measuredShare: number;
  readonly federal: TargetAssessment;
  readonly regional?: TargetAssessment;
}): number {
  const targets = [own.federal.targetShare, own.regional?.targetShare ?? null];
  return Math.max(1, ...targets.map((t) => (t === null ? 1 : sideDecimals(own.measuredShare, t, 1))));
}

/**
 * What the trend line says, in words that never contradict the measured status:
 *   met                                      nothing (the measurement settles it)
 *   no rising trend                          "the trend is not rising"
 *   behind, the trend line reached the target in or before the measured year
 *                                            "the trend line passes the target in 2019, the measured value did not"
 *   behind, the trend reaches it after the target year
 *                                            "on the trend the target is reached only in 2027, after the target year"
 *   otherwise (on track, or behind with the deadline passed)  "on the trend the target is reached in 2022"
 */
export function trendClause(a: TargetAssessment, year: number, lang: ProgrammeLang): string {
  const ru = lang === 'ru';
  const reaches = a.trendReachesYear;
  if (a.status === 'met') return '';
  if (reaches === null) return ru ? ', тренд не растёт' : ', the trend is not rising';
  if (a.status === 'behind' && reaches <= year)
    return ru
      ? `; линия тренда проходит уровень цели в ${reaches} г., но измеренное значение его не достигло`
      : `; the trend line passes the target in ${reaches}, but the measured value did not reach it`;
  if (a.targetYear !== null && reaches > a.targetYear)
    return ru
      ? `; по тренду цель достигается лишь в ${reaches} г., позже срока`
      : `; on the trend the target is reached only in ${reaches}, after the target year`;
  return ru ? `; по тренду цель достигается в ${reaches} г.` : `; on the trend the target is reached in ${reaches}`;
}

/** Answers the three questions for the report's scope, in `lang`. */
export function answerProgrammeQuestions(report: ProgrammeReport, lang: ProgrammeLang): ProgrammeAnswers {
  const ru = lang === 'ru';
  const num = (x: number, digits = 1): string =>
    new Intl.NumberFormat(ru ? 'ru-RU' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
      x,
    );
  const code = report.region?.code ?? NATIONAL_CODE;
  const place = report.region ? (ru ? report.region.nameRu : report.region.nameEn) : ru ? 'Россия' : 'Russia';
  const nameOf = (c: string): string => {
    const r = report.regions.find((g) => g.code === c);
    return r ? (ru ? r.nameRu : r.nameEn) : c;
  };

  const target = (label: string, a: TargetAssessment, measuredDigits: number): string => {
    if (a.status === 'no_target') return ru ? `${label}: цель не задана` : `${label}: no target set`;
    const status = STATUS_LABELS[a.status as AdoptionStatus][lang];
    const gap = a.gap!;
    const shownGap = num(gap, Math.max(measuredDigits, nonZeroDecimals(gap, 1)));
    return ru
      ? `${label} ${num(a.targetShare!)} % к ${a.targetYear} г.: ${status} (${gap > 0 ? '+' : ''}${shownGap} п.п.)${trendClause(a, report.year, lang)}`
      : `${label} ${num(a.targetShare!)}% by ${a.targetYear}: ${status} (${gap > 0 ? '+' : ''}${shownGap} points)${trendClause(a, report.year, lang)}`;
  };
  const own = report.region
    ? (report.adoption.regions.find((a) => a.year === report.year) ?? null)
    : (report.adoption.nation.find((a) => a.year === report.year) ?? null);
  const adoption =
    own === null
      ? ru
        ? `${place}: нет измерения доли пользователей электронных услуг за ${report.year} г.`
        : `${place}: no measurement of e-service use for ${report.year}.`
      : [
          ru
            ? `${place}, ${report.year} г.: электронными услугами пользуются ${num(own.measuredShare, measuredDigits(own))} % жителей.`
            : `${place}, ${report.year}: ${num(own.measuredShare, measuredDigits(own))}% of residents use e-services.`,
          'regional' in own
            ? sentence(target(ru ? 'Цель дорожной карты' : 'Road-map target', own.regional, measuredDigits(own)))
            : '',
          sentence(target(ru ? 'Федеральная цель' : 'Federal target', own.federal, measuredDigits(own))),
        ]
          .filter(Boolean)
          .join(' ');

  const source =
    code === NATIONAL_CODE ? report.channels.nation : report.channels.regions.filter((c) => c.regionCode === code);
  const all = source.find((c) => c.channel === 'all');
  const channels =
    all === undefined
      ? ru
        ? `Журнала заявлений за ${report.year} г. нет.`
        : `No application log for ${report.year}.`
      : [
          ru ? `Заявлений — ${num(all.applications, 0)}: ` : `${num(all.applications, 0)} applications: `,
          source
            .filter((c) => c.channel !== 'all')
            .map((c) => `${CHANNEL_LABELS[c.channel][lang]} ${num(c.share * 100)}${ru ? ' %' : '%'}`)
            .join(', '),
          '. ',
          all.medianDaysToResult === null
            ? ''
            : ru
              ? `Медиана до результата ${num(all.medianDaysToResult)} дн.; `
              : `Median ${num(all.medianDaysToResult)} days to result; `,
          all.deadlineCompliance === null
            ? ''
            : ru
              ? `в срок ${num(all.deadlineCompliance * 100)} %; `
              : `${num(all.deadlineCompliance * 100)}% within the deadline; `,
          all.refusalShare === null
            ? ''
            : ru
              ? `отказов ${num(all.refusalShare * 100)} %; `
              : `${num(all.refusalShare * 100)}% refused; `,
          all.meanRating === null
            ? ru
              ? 'оценок нет.'
              : 'no ratings.'
            : ru
              ? `средняя оценка ${num(all.meanRating, 2)}.`
              : `mean rating ${num(all.meanRating, 2)}.`,
        ].join('');

  const offices = report.channels.mobileOffices.filter((m) => code === NATIONAL_CODE || m.regionCode === code);
  const municipalities = new Set(offices.flatMap((m) => m.municipalities.map((u) => u.oktmo)));
  const documents = offices.reduce((s, m) => s + m.documentsIssued, 0);
  const periods = [...new Set(offices.map((m) => m.period))].sort().join(', ');
  const mobileOffices =
    offices.length === 0
      ? ru
        ? 'Мобильные офисы заявлений не принимали.'
        : 'Mobile offices took no applications.'
      : ru
        ? `Муниципальных образований, где работали мобильные офисы, — ${municipalities.size}; выдано документов — ${num(documents, 0)} (периоды: ${periods}).`
        : `Municipalities served by mobile offices: ${municipalities.size}; documents issued: ${num(documents, 0)} (periods: ${periods}).`;

  return {
    adoption,
    channels,
    mobileOffices,
    money: moneyAnswer(report, code, place, lang, num, nameOf),
    notice: report.synthetic ? SYNTHETIC_NOTICE[lang] : null,
  };
}

/** Ends a clause with a full stop unless it already ends with one (e.g. "2020 г."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function moneyAnswer(
  report: ProgrammeReport,
  code: string,
  place: string,
  lang: ProgrammeLang,
  num: (x: number, digits?: number) => string,
  nameOf: (code: string) => string,
): string {
  const ru = lang === 'ru';
  const { frontier } = report.money;
  if (code === NATIONAL_CODE) {
    const crs = frontier.efficientConstantReturns.map(nameOf).join(', ');
    const vrs = frontier.efficientVariableReturns.map(nameOf).join(', ');
    return frontier.scores.length === 0
      ? ru
        ? 'Нет регионов с расходами и баллом рейтинга.'
        : 'No region has both spending and a rating score.'
      : ru
        ? `Больше всего результата на рубль расходов на жителя (DEA): при постоянной отдаче — ${crs}; при переменной — ${vrs}.`
        : `Most result per rouble spent per resident (DEA): constant returns — ${crs}; variable returns — ${vrs}.`;
  }
  const costs = report.money.regions.find((r) => r.regionCode === code)!;
  const parts = [
    costs.spendingRub === 0
      ? `${place}: ${EXCLUSION_LABELS.no_spending[lang]}`
      : ru
        ? `${place}: расходы ${num(costs.spendingRub / 1e6)} млн ₽`
        : `${place}: spending ${num(costs.spendingRub / 1e6)} million RUB`,
  ];
  if (costs.costPerApplicationRub !== null)
    parts.push(
      ru
        ? `${num(costs.costPerApplicationRub, 0)} ₽ на заявление`
        : `${num(costs.costPerApplicationRub, 0)} RUB per application`,
    );
  if (costs.costPerEApplicationRub !== null)
    parts.push(
      ru
        ? `${num(costs.costPerEApplicationRub, 0)} ₽ на электронное`
        : `${num(costs.costPerEApplicationRub, 0)} RUB per e-application`,
    );
  const score = frontier.scores.find((s) => s.regionCode === code);
  const excluded = frontier.excluded.find((e) => e.regionCode === code);
  let dea: string;
  const why = excluded ? EXCLUSION_LABELS[excluded.reason][lang] : ru ? 'нет данных' : 'no data';
  if (score === undefined) dea = ru ? `эффективность не оценена (${why})` : `efficiency not assessed (${why})`;
  else {
    const crs = score.constantReturns;
    const vrs = score.variableReturns;
    const describe = (s: typeof crs, label: string): string => {
      if (s.efficient) return ru ? `${label}: на границе эффективности` : `${label}: on the efficiency frontier`;
      const peers = s.peers.map(nameOf).join(', ');
      const saving = num((1 - s.efficiency) * 100);
      return ru
        ? `${label}: эффективность ${num(s.efficiency, 2)}, эталоны (${peers}) добиваются не меньшего при расходах на жителя на ${saving} % меньше`
        : `${label}: efficiency ${num(s.efficiency, 2)}, its peers (${peers}) achieve as much with ${saving}% less money per resident`;
    };
    dea = [
      describe(crs, ru ? 'DEA, постоянная отдача' : 'DEA, constant returns'),
      describe(vrs, ru ? 'переменная отдача' : 'variable returns'),
    ].join('; ');
  }
  return `${parts.join('; ')}; ${dea}.`;
}
