/**
 * A full-size PublicationModel for chart and factsheet tests: the 85 regions of the reference catalogue (real names,
 * districts and tile positions), its 10 stages and 18 services, with scores drawn from a seeded generator
 * (mulberry32), so the fixture is the same on every run. Synthetic, so every output must say so.
 */
import { loadCatalogue } from '../../../src/reference/catalogue.js';
import type { PublicationModel, RankingRow, ScoreMatrix } from '../../../src/report/model.js';

/** mulberry32: a small seeded PRNG giving floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

export function fullFixtureModel(seed = 42): PublicationModel {
  const rng = mulberry32(seed);
  const cat = loadCatalogue();
  const district = new Map(cat.federalDistricts.map((d) => [d.code, d]));
  const codes = cat.regions.map((r) => r.code);
  const matrix = (columns: { id: string; nameRu: string; nameEn: string }[]): ScoreMatrix => ({
    regionCodes: codes,
    columns: columns.map((c) => ({ id: c.id, name: { ru: c.nameRu, en: c.nameEn } })),
    values: codes.map(() => columns.map(() => (rng() < 0.03 ? null : round1(20 + rng() * 80)))),
  });
  const stageScores = matrix(cat.stages);
  const serviceScores = matrix(cat.services);
  const mean = (row: readonly (number | null)[]): number => {
    const present = row.filter((v): v is number => v !== null);
    return round1(present.reduce((s, v) => s + v, 0) / present.length);
  };
  const scored = codes
    .map((code, i) => ({ code, score: mean(stageScores.values[i]!) }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const previousOrder = scored
    .map((s) => ({ ...s, prev: s.score + (rng() - 0.5) * 20 }))
    .sort((a, b) => b.prev - a.prev || a.code.localeCompare(b.code));
  const ranking: RankingRow[] = scored.map((s, i) => {
    const prevPlace = previousOrder.findIndex((p) => p.code === s.code) + 1;
    const spread = 1 + Math.floor(rng() * 8);
    return {
      place: i + 1,
      regionCode: s.code,
      score: s.score,
      bandId: s.score >= 65 ? 'high' : s.score >= 55 ? 'middle' : 'low',
      previous: i % 17 === 16 ? null : { place: prevPlace, score: round1(previousOrder[prevPlace - 1]!.prev) },
      interval: { median: i + 1, low: Math.max(1, i + 1 - spread), high: Math.min(codes.length, i + 1 + spread) },
    };
  });
  return {
    period: 2024,
    run: {
      id: 1,
      version: 1,
      status: 'published',
      headline: true,
      methodologyId: 'egov-demo',
      methodologyVersion: '1',
      methodologyHash: 'f00d',
      inputHash: 'beef',
      computedAt: '2025-03-01T10:00:00.000Z',
    },
    softwareVersion: '0.1.0',
    previousPeriod: 2023,
    synthetic: true,
    source: {
      name: { ru: 'Синтетические демонстрационные данные', en: 'Synthetic demo data' },
      licence: 'CC0-1.0',
      url: null,
    },
    regions: cat.regions.map((r) => ({
      code: r.code,
      name: { ru: r.nameRu, en: r.nameEn },
      federalDistrict: {
        ru: district.get(r.federalDistrict)?.nameRu ?? r.federalDistrict,
        en: district.get(r.federalDistrict)?.nameEn ?? r.federalDistrict,
      },
      tile: { row: r.tileRow, col: r.tileCol },
    })),
    bands: [
      { id: 'high', name: { ru: 'высокий', en: 'high' }, min: 65, max: Infinity, colour: '#1a9850' },
      { id: 'middle', name: { ru: 'средний', en: 'middle' }, min: 55, max: 65, colour: '#fee08b' },
      { id: 'low', name: { ru: 'низкий', en: 'low' }, min: 0, max: 55, colour: '#d73027' },
    ],
    ranking,
    stageScores,
    serviceScores,
    indicators: [],
    values: [],
    methodology: [],
    robustness: null,
    explanations: [],
    realNationalAdoption: null,
    adoption: codes.map((regionCode) => ({
      regionCode,
      actual: round1(40 + rng() * 50),
      target: rng() < 0.1 ? null : 70,
    })),
    offices: codes.flatMap((regionCode) =>
      ['Центр', 'Северный район', 'Южный район'].flatMap((m) =>
        (['mfc', 'mobile_office'] as const).map((channel) => ({
          regionCode,
          municipality: m,
          municipalityName: m,
          channel,
          documents: Math.floor(rng() * (channel === 'mfc' ? 5000 : 800)),
        })),
      ),
    ),
  };
}
