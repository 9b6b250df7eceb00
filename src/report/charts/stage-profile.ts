/**
 * A region's stage profile: its score on every stage of service delivery (bars) against the national median and the
 * median of its federal district (dots), from model.stageScores.
 */
import { medianPresentOrNull } from '../../core/stats/quantile.js';
import type { Lang, PublicationModel } from '../model.js';
import type { ChartSpec } from './spec.js';
import { note } from './specs.js';
import { formatFixed } from '../../text/format-number.js';

const TEXT = {
  ru: {
    title: 'баллы по этапам',
    national: 'Медиана России',
    district: 'Медиана федерального округа',
    nationalInText: 'медиана России',
    districtInText: 'медиана федерального округа',
    score: 'Балл',
  },
  en: {
    title: 'scores by stage',
    national: 'National median',
    district: 'Federal district median',
    nationalInText: 'national median',
    districtInText: 'federal district median',
    score: 'Score',
  },
} as const;

/** The stage profile of region `code`, or null when the region has no row in model.stageScores. */
export function stageProfile(model: PublicationModel, lang: Lang, code: string): ChartSpec | null {
  const m = model.stageScores;
  const i = m.regionCodes.indexOf(code);
  const region = model.regions.find((r) => r.code === code);
  if (i < 0 || !region || m.columns.length === 0) return null;
  const t = TEXT[lang];
  const sameDistrict = new Set(
    model.regions.filter((r) => r.federalDistrict.en === region.federalDistrict.en).map((r) => r.code),
  );
  const districtRows = m.values.filter((_, k) => sameDistrict.has(m.regionCodes[k]!));
  const national = m.columns.map((_, j) => medianPresentOrNull(m.values.map((row) => row[j] ?? null)));
  const district = m.columns.map((_, j) => medianPresentOrNull(districtRows.map((row) => row[j] ?? null)));
  const name = region.name[lang];
  const own = m.values[i]!;
  const fmt = (v: number | null | undefined) => (v == null ? '–' : formatFixed(v, 1, lang));
  return {
    id: `stages-${code}`,
    kind: 'region-stages',
    lang,
    title: `${name}: ${t.title}, ${model.period}`,
    alt: `${name}, ${t.title}: ${m.columns.map((c, j) => `${c.name[lang]} ${fmt(own[j])} (${t.nationalInText} ${fmt(national[j])}, ${t.districtInText} ${fmt(district[j])})`).join('; ')}`,
    width: 1000,
    height: 130 + m.columns.length * 30,
    categories: m.columns.map((c) => c.name[lang]),
    series: [
      { label: name, values: own, colour: '#1f5fa8' },
      { label: t.national, values: national, colour: '#d9822b', mark: 'point' },
      { label: `${t.district} (${region.federalDistrict[lang]})`, values: district, colour: '#2e7d32', mark: 'point' },
    ],
    valueAxis: { title: t.score, min: 0, max: 100 },
    note: note(model, lang),
  };
}
