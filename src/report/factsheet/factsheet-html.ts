/** The HTML of one region's factsheet (see index.ts). */
import type { ChartFile } from '../charts/index.js';
import type { AbsentChart } from '../write-publication.js';
import type { Comparison, GapCloserRow, Lang, PublicationModel, RankingRow } from '../model.js';
import { escapeHtml as e } from '../../text/escape-html.js';
import { distinguishingDecimals } from '../../text/distinguishing-decimals.js';
import { formatGap } from '../../text/format-gap.js';
import { formatFixed } from '../../text/format-number.js';
import { sideDecimals } from '../../text/side-decimals.js';
import { DRAFT_TEXT, isDraft } from '../marking.js';
import { licenceText } from '../licence-text.js';

const T = {
  ru: {
    place: 'Место',
    score: 'Балл',
    change: 'Изменение места',
    band: 'Группа',
    interval: 'Интервал мест (5–95 %)',
    strongest: 'Сильные стороны (выше медианы России)',
    weakest: 'Слабые стороны (ниже медианы России)',
    vsNation: 'медиана России',
    vsDistrict: 'медиана округа',
    gap: 'До следующего места',
    closers: 'Что закрыло бы разрыв (одно изменение)',
    adoption: 'Доля пользователей электронных услуг',
    target: 'цель',
    synthetic: 'СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — не настоящий рейтинг',
    source: 'Источник',
    licence: 'Лицензия',
    none: 'нет данных',
    stage: 'этап',
    service: 'услуга',
    new: 'впервые в рейтинге',
    points: 'балла',
    noCloser: 'Ни одно отдельное изменение показателя не закрывает разрыв.',
    equalShown: (others: string, decimals: number, scores: string) =>
      `При ${decimals} знаках после запятой балл совпадает с баллом: ${others}; места присваиваются по более точному баллу: ${scores}.`,
  },
  en: {
    place: 'Place',
    score: 'Score',
    change: 'Change of place',
    band: 'Band',
    interval: 'Rank interval (5–95 %)',
    strongest: 'Strengths (above the national median)',
    weakest: 'Weaknesses (below the national median)',
    vsNation: 'national median',
    vsDistrict: 'district median',
    gap: 'To the next place',
    closers: 'What would close the gap (one change)',
    adoption: 'Share of residents using e-services',
    target: 'target',
    synthetic: 'SYNTHETIC DEMO DATA — not a real rating',
    source: 'Source',
    licence: 'Licence',
    none: 'no data',
    stage: 'stage',
    service: 'service',
    new: 'new in the rating',
    points: 'points',
    noCloser: 'No single indicator change closes the gap.',
    equalShown: (others: string, decimals: number, scores: string) =>
      `At ${decimals} decimals the score equals that of ${others}; places follow the more precise score: ${scores}.`,
  },
} as const;

/** A number in the page's language: decimal comma in Russian. */
const number =
  (lang: Lang) =>
  (v: number | null | undefined, d = 1): string =>
    v === null || v === undefined ? '–' : lang === 'ru' ? v.toFixed(d).replace('.', ',') : v.toFixed(d);

/** Why a chart is missing from a factsheet: what it would have shown, and that the region has no data for it. */
const ABSENT = {
  ru: {
    'region-stages': 'Баллы по этапам',
    'region-profile': 'Баллы по услугам',
    'office-documents': 'Документы, выданные МФЦ и мобильными офисами',
    noData: 'графика нет: по региону нет данных за этот период',
  },
  en: {
    'region-stages': 'Scores by stage',
    'region-profile': 'Scores by service',
    'office-documents': 'Documents issued by MFC and mobile offices',
    noData: 'no chart: the region has no data for this period',
  },
} as const;

function absentChartHtml(lang: Lang, absent: readonly AbsentChart[]): string {
  const t = ABSENT[lang];
  return absent
    .map((c) => `<p class="no-chart">${e((t as Record<string, string>)[c.kind] ?? c.kind)}: ${t.noData}</p>`)
    .join('');
}

/** Scores in factsheets are shown with 2 decimals, as in the published tables. */
const SCORE_DECIMALS = 2;

/**
 * The decimals of the region's score (2, or more when a region with another place would show the same score at 2
 * decimals) and the sentence naming those regions with both scores at the decimals that tell them apart, or null.
 */
function equalAtPublishedDecimals(
  model: PublicationModel,
  code: string,
  lang: Lang,
): { decimals: number; note: string | null } {
  const decimals = distinguishingDecimals(
    model.ranking.map((r) => ({ score: r.score, place: r.place })),
    SCORE_DECIMALS,
  );
  const i = model.ranking.findIndex((r) => r.regionCode === code);
  const own = model.ranking[i]!;
  const d = decimals[i]!;
  if (d === SCORE_DECIMALS) return { decimals: d, note: null };
  const shown = (x: number, places: number) => formatFixed(x, places, lang);
  const others = model.ranking.filter(
    (r) => r.place !== own.place && shown(r.score, SCORE_DECIMALS) === shown(own.score, SCORE_DECIMALS),
  );
  const nameOf = (c: string) => model.regions.find((r) => r.code === c)?.name[lang] ?? c;
  const word = lang === 'ru' ? 'место' : 'place';
  const list = (rows: readonly RankingRow[]) =>
    rows.map((r) => `${nameOf(r.regionCode)} (${word} ${r.place})`).join(', ');
  const scores = [own, ...others]
    .sort((a, b) => a.place - b.place)
    .map((r) => `${nameOf(r.regionCode)} ${shown(r.score, d)}`)
    .join(lang === 'ru' ? ' против ' : ' against ');
  return { decimals: d, note: T[lang].equalShown(list(others), SCORE_DECIMALS, scores) };
}

export function factsheetHtml(
  model: PublicationModel,
  code: string,
  lang: Lang,
  charts: readonly ChartFile[],
  absent: readonly AbsentChart[] = [],
  /** Chart file → its data: URI; a chart without one is linked by its relative path (a folder viewed in place). */
  dataUris: ReadonlyMap<string, string> = new Map(),
): string {
  const t = T[lang];
  const fmt = number(lang);
  const region = model.regions.find((r) => r.code === code)!;
  const row = model.ranking.find((r) => r.regionCode === code)!;
  const band = model.bands.find((b) => b.id === row.bandId);
  const explanation = model.explanations.find((x) => x.regionCode === code);
  const adoption = model.adoption.find((a) => a.regionCode === code);
  const name = (kind: 'stage' | 'service', id: string): string => {
    const matrix = kind === 'stage' ? model.stageScores : model.serviceScores;
    return matrix.columns.find((c) => c.id === id)?.name[lang] ?? id;
  };
  const closerLabel = (c: GapCloserRow): string => {
    const indicator = model.indicators.find((i) => i.id === c.indicatorId)?.name[lang] ?? c.indicatorId;
    const service = c.serviceId
      ? (model.serviceScores.columns.find((col) => col.id === c.serviceId)?.name[lang] ?? c.serviceId)
      : null;
    return service ? `${service} — ${indicator}` : indicator;
  };
  // An empty list is not shown at all (a region behind everywhere has no strengths).
  const comparisons = (heading: string, list: readonly Comparison[]): string =>
    list.length === 0
      ? ''
      : `<h2>${heading}</h2><ul>${list
          .map(
            (c) =>
              `<li>${e(name(c.kind, c.id))} (${c.kind === 'stage' ? t.stage : t.service}): <b>${fmt(c.score)}</b> · ${t.vsNation} ${fmt(c.nationalMedian)} · ${t.vsDistrict} ${fmt(c.districtMedian)}</li>`,
          )
          .join('')}</ul>`;
  const change =
    row.previous === null
      ? t.new
      : row.previous.place - row.place === 0
        ? '='
        : row.previous.place > row.place
          ? `▲ ${row.previous.place - row.place}`
          : `▼ ${row.place - row.previous.place}`;
  const scoreNote = equalAtPublishedDecimals(model, code, lang);
  const gap = explanation?.gapToNext;
  const value = (x: number): string => {
    const text = String(+x.toFixed(3));
    return lang === 'ru' ? text.replace('.', ',') : text;
  };
  const closers = gap
    ? [...gap.closers]
        .filter((c) => c.reachable)
        .sort((a, b) => a.gain - b.gain)
        .slice(0, 5)
    : [];
  const gapHtml = gap
    ? `<p>${t.gap}: ${formatGap(gap.scoreGap, lang)} ${t.points} (${e(model.regions.find((r) => r.code === gap.nextRegionCode)?.name[lang] ?? gap.nextRegionCode)}, ${gap.nextPlace})</p>` +
      (closers.length === 0
        ? `<p>${t.noCloser}</p>`
        : `<p>${t.closers}:</p><ul>${closers.map((c) => `<li>${e(closerLabel(c))}: ${c.rawNeeded === null ? `+${fmt(c.gain, 2)}` : `${value(c.rawNow)} → ${value(c.rawNeeded)}`}</li>`).join('')}</ul>`)
    : '';
  const images = charts
    .map(
      (c) =>
        `<figure><img src="${e(dataUris.get(c.file) ?? `../${c.file}`)}" alt="${e(c.alt)}"><figcaption>${e(c.title)}</figcaption></figure>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(region.name[lang])} · ${model.period}</title>
<style>body{font-family:"PT Sans",Arial,sans-serif;margin:2rem;color:#1b2733;max-width:60rem}
.banner{background:#fff3cd;color:#8a1c1c;padding:.5rem 1rem;font-weight:bold}dl{display:grid;grid-template-columns:repeat(5,1fr);gap:.5rem}
dt{color:#5b6770;font-size:.85rem}dd{margin:0;font-size:1.4rem;font-weight:bold}img{max-width:100%}figure{margin:1rem 0}
@media print{body{margin:1cm}.banner{border:1px solid #8a1c1c}figure{break-inside:avoid}}</style></head><body>
${isDraft(model) ? `<p class="banner">${DRAFT_TEXT[lang]}</p>` : ''}${model.synthetic ? `<p class="banner">${t.synthetic}</p>` : ''}
<h1>${e(region.name[lang])}</h1><p>${e(region.federalDistrict[lang])} · ${e(code)} · ${model.period}</p>
<dl><div><dt>${t.place}</dt><dd>${row.place}</dd></div><div><dt>${t.score}</dt><dd>${fmt(row.score, scoreNote.decimals)}</dd></div>
<div><dt>${t.change}</dt><dd>${e(change)}</dd></div><div><dt>${t.band}</dt><dd>${e(band?.name[lang] ?? '–')}</dd></div>
<div><dt>${t.interval}</dt><dd>${row.interval ? `${row.interval.low}–${row.interval.high}` : '–'}</dd></div></dl>
${scoreNote.note === null ? '' : `<p class="note">${e(scoreNote.note)}</p>`}
${comparisons(t.strongest, explanation?.strongest ?? [])}
${comparisons(t.weakest, explanation?.weakest ?? [])}
${gapHtml}
<h2>${t.adoption}</h2><p>${adoption ? `${fmt(adoption.actual, adoption.actual === null || adoption.target === null ? 1 : sideDecimals(adoption.actual, adoption.target, 1))} % · ${t.target} ${fmt(adoption.target)} %` : t.none}</p>
${images}
${absentChartHtml(lang, absent)}
<footer><p>${t.source}: ${e(model.source.name[lang])} · ${t.licence}: ${e(licenceText(model, lang))} · ${lang === 'ru' ? 'расчёт' : 'run'} ${model.run.id} ${model.run.version === null ? DRAFT_TEXT[lang] : `v${model.run.version}`} · ${e(model.run.methodologyId)} ${e(model.run.methodologyVersion)}</p></footer>
</body></html>
`;
}
