/** Chart specs for movers, adoption against target and documents issued by MFC and mobile offices. */
import type { Lang, PublicationModel } from '../model.js';
import type { ChartSpec } from './spec.js';
import { LEGEND_HEIGHT, note } from './specs.js';

const T = {
  ru: {
    movers: 'Больше всего изменили место',
    change: 'Изменение места к прошлому году',
    adoption: 'Доля жителей, пользующихся электронными услугами',
    share: 'Доля, %',
    actual: 'Факт',
    target: 'Цель дорожной карты',
    realNation: 'Россия — Росстат, реальные данные',
    source: 'Россия',
    offices: 'Документы, выданные МФЦ и мобильными офисами',
    documents: 'Документов',
    mfc: 'МФЦ',
    mobile: 'Мобильный офис',
    byOktmo: 'по муниципальным образованиям',
    rose: 'Поднялись',
    fell: 'Опустились',
  },
  en: {
    movers: 'Biggest movers',
    change: 'Change of place since last year',
    adoption: 'Share of residents using e-services',
    share: 'Share, %',
    actual: 'Actual',
    target: 'Road-map target',
    realNation: 'Russia — Rosstat, real figures',
    source: 'Russia',
    offices: 'Documents issued by MFC and mobile offices',
    documents: 'Documents',
    mfc: 'MFC',
    mobile: 'Mobile office',
    byOktmo: 'by municipality',
    rose: 'Moved up',
    fell: 'Moved down',
  },
} as const;

const nameOf = (model: PublicationModel, code: string, lang: Lang) =>
  model.regions.find((r) => r.code === code)?.name[lang] ?? code;

/** Rises and falls in a colour-blind-safe pair (blue against orange), each labelled with its signed change. */
export const RISE_COLOUR = '#1f5fa8';
export const FALL_COLOUR = '#d9822b';

/** A change of place with its sign: "+3", "−3" (minus sign), "0". */
export const signedChange = (change: number): string =>
  change > 0 ? `+${change}` : change < 0 ? `\u2212${-change}` : '0';

/**
 * The N regions that moved most (up or down) since the previous published year; positive = moved up. Rises and falls
 * differ in colour, with a legend, and every bar carries its signed change.
 */
export function movers(model: PublicationModel, lang: Lang, n = 20): ChartSpec | null {
  const moved = model.ranking
    .filter((r) => r.previous !== null && r.previous.place !== r.place)
    .map((r) => ({ code: r.regionCode, change: r.previous!.place - r.place, place: r.place }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.place - b.place)
    .slice(0, n)
    .sort((a, b) => b.change - a.change || a.place - b.place);
  if (moved.length === 0) return null;
  const t = T[lang];
  return {
    id: 'movers',
    kind: 'movers',
    lang,
    title: `${t.movers}, ${model.period}`,
    alt: `${t.movers}: ${moved
      .slice(0, 3)
      .map((m) => `${nameOf(model, m.code, lang)} ${m.change > 0 ? '+' : ''}${m.change}`)
      .join('; ')}…`,
    width: 1000,
    height: 110 + moved.length * 22 + LEGEND_HEIGHT,
    categories: moved.map((m) => `${nameOf(model, m.code, lang)} (${m.place})`),
    series: [
      {
        label: t.change,
        values: moved.map((m) => m.change),
        colour: RISE_COLOUR,
        colours: moved.map((m) => (m.change > 0 ? RISE_COLOUR : FALL_COLOUR)),
        valueLabels: moved.map((m) => signedChange(m.change)),
      },
    ],
    valueAxis: { title: t.change },
    legend: [
      ...(moved.some((m) => m.change > 0) ? [{ label: t.rose, colour: RISE_COLOUR }] : []),
      ...(moved.some((m) => m.change < 0) ? [{ label: t.fell, colour: FALL_COLOUR }] : []),
    ],
    note: note(model, lang),
  };
}

export function adoptionAgainstTarget(model: PublicationModel, lang: Lang): ChartSpec | null {
  const rows = model.adoption.filter((a) => a.actual !== null).sort((a, b) => (b.actual ?? 0) - (a.actual ?? 0));
  if (rows.length === 0) return null;
  const t = T[lang];
  // Rosstat's real national value heads the chart in its own colour, apart from the (possibly synthetic) regions.
  const real = model.realNationalAdoption;
  const head = real ? [`${t.realNation} (${real.indicatorCode})`] : [];
  const pad = real ? [null] : [];
  const share = (value: number) => (lang === 'ru' ? value.toFixed(1).replace('.', ',') : value.toFixed(1));
  return {
    id: 'adoption',
    kind: 'adoption',
    lang,
    title: `${t.adoption}, ${model.period}`,
    alt:
      `${t.adoption}: ${real ? `${t.source} ${share(real.value)} % (${real.source[lang]}); ` : ''}` +
      `${rows
        .slice(0, 3)
        .map((r) => `${nameOf(model, r.regionCode, lang)} ${share(r.actual!)} %`)
        .join('; ')}…`,
    width: 1000,
    height: 110 + (rows.length + head.length) * 18,
    categories: [...head, ...rows.map((r) => nameOf(model, r.regionCode, lang))],
    series: [
      ...(real ? [{ label: t.realNation, values: [real.value, ...rows.map(() => null)], colour: '#333333' }] : []),
      { label: t.actual, values: [...pad, ...rows.map((r) => r.actual)], colour: '#1f5fa8' },
      { label: t.target, values: [...pad, ...rows.map((r) => r.target)], colour: '#c0392b', mark: 'point' },
    ],
    valueAxis: { title: t.share, min: 0, max: 100 },
    note: real ? `${note(model, lang)} · ${t.realNation}: ${real.source[lang]}` : note(model, lang),
  };
}

/**
 * A municipality's name for a chart axis, its kind abbreviated as Russian references do ("Заокский муниципальный
 * район" → "Заокский р-н", "городской округ" → "г. о.", "муниципальный округ" → "м. о."); the OKTMO code when the
 * classifier does not know it.
 */
export function shortMunicipalityName(name: string | null, oktmo: string): string {
  if (name === null) return oktmo;
  return name
    .replace(/муниципальный район/giu, 'р-н')
    .replace(/городской округ/giu, 'г. о.')
    .replace(/муниципальный округ/giu, 'м. о.')
    .replace(/^Муниципальный р-н /u, '');
}

/** Documents issued by MFC and mobile offices in the region's municipalities (the 25 busiest). */
export function officeDocuments(model: PublicationModel, lang: Lang, regionCode: string): ChartSpec | null {
  const rows = model.offices.filter((o) => o.regionCode === regionCode);
  if (rows.length === 0) return null;
  const municipalities = [...new Set(rows.map((r) => r.municipality))];
  const total = (m: string) => rows.filter((r) => r.municipality === m).reduce((s, r) => s + r.documents, 0);
  const top = municipalities.sort((a, b) => total(b) - total(a) || a.localeCompare(b)).slice(0, 25);
  const value = (m: string, channel: string) =>
    rows.filter((r) => r.municipality === m && r.channel === channel).reduce((s, r) => s + r.documents, 0);
  const t = T[lang];
  const name = nameOf(model, regionCode, lang);
  const label = (m: string) =>
    shortMunicipalityName(rows.find((r) => r.municipality === m)?.municipalityName ?? null, m);
  return {
    id: `offices-${regionCode}`,
    kind: 'office-documents',
    lang,
    title: `${name} — ${t.offices} (${t.byOktmo}), ${model.period}`,
    alt: `${name} — ${t.offices}: ${top
      .slice(0, 3)
      .map((m) => `${label(m)} ${total(m)}`)
      .join('; ')}…`,
    width: 1000,
    height: 110 + top.length * 22 + LEGEND_HEIGHT,
    categories: top.map(label),
    series: [
      { label: t.mfc, values: top.map((m) => value(m, 'mfc')), colour: '#1f5fa8' },
      { label: t.mobile, values: top.map((m) => value(m, 'mobile_office')), colour: '#e08a2e' },
    ],
    valueAxis: { title: t.documents, min: 0 },
    note: note(model, lang),
  };
}
