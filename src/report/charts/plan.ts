/**
 * The charts of a publication, decided before any is drawn: each file with its kind, region, title and alt text (so
 * the factsheets can be written while the charts render) and how to draw it, plus the per-region charts left out
 * because the region has no data for them (the factsheet says so instead of showing an empty chart).
 */
import type { Lang, PublicationModel, ScoreMatrix } from '../model.js';
import type { AbsentChart, ChartFile, ChartPlan } from '../write-publication.js';
import { modelFileMark } from '../marking.js';
import { heatmapCaption } from './heatmap.js';
import { adoptionAgainstTarget, movers, officeDocuments } from './more-specs.js';
import type { ChartSpec } from './spec.js';
import type { SvgCaption } from './svg-file.js';
import { note, rankingBars, rankIntervals, regionProfile } from './specs.js';
import { stageProfile } from './stage-profile.js';
import { tileMapCaption } from './tile-map.js';

/**
 * How to draw one chart: plain data, so it can be sent to a worker thread; its caption (the file's title and alt text)
 * and footnote (DRAFT, SYNTHETIC, source)
 * go into the SVG's <title> and <desc>.
 */
export type ChartDraw = (
  | { readonly kind: 'spec'; readonly spec: ChartSpec }
  | { readonly kind: 'tile-map'; readonly highlight?: string }
  | { readonly kind: 'heatmap' }
) & { readonly caption?: SvgCaption };

/** The SVG drawn with a chart's PNG: the same path with .svg. */
export const svgFileOf = (pngFile: string): string => pngFile.replace(/\.png$/, '.svg');

export interface PlannedCharts extends ChartPlan {
  /** draws[i] draws files[i]. */
  readonly draws: readonly ChartDraw[];
}

/** True when region `code` has at least one score in the matrix. */
export function hasScores(matrix: ScoreMatrix, code: string): boolean {
  const i = matrix.regionCodes.indexOf(code);
  return i >= 0 && matrix.values[i]!.some((v) => v !== null);
}

export function planCharts(model: PublicationModel, lang: Lang): PlannedCharts {
  const mark = modelFileMark(model);
  const chartFile = (id: string): string => `charts/${id}${mark}.png`;
  const chartNote = note(model, lang);
  const files: ChartFile[] = [];
  const draws: ChartDraw[] = [];
  const absent: AbsentChart[] = [];
  const add = (file: ChartFile, draw: ChartDraw): void => {
    files.push(file);
    draws.push({ ...draw, caption: { title: file.title, alt: file.alt, note: chartNote } });
  };
  const addSpec = (spec: ChartSpec | null, regionCode?: string): void => {
    if (spec)
      add(
        {
          file: chartFile(spec.id),
          kind: spec.kind,
          ...(regionCode ? { regionCode } : {}),
          title: spec.title,
          alt: spec.alt,
        },
        { kind: 'spec', spec },
      );
  };
  for (const spec of [
    rankingBars(model, lang, 'all'),
    rankingBars(model, lang, 'top'),
    rankingBars(model, lang, 'bottom'),
    rankIntervals(model, lang),
    movers(model, lang),
    adoptionAgainstTarget(model, lang),
  ])
    addSpec(spec);
  add({ file: chartFile('tile-map'), kind: 'tile-map', ...tileMapCaption(model, lang) }, { kind: 'tile-map' });
  add(
    { file: chartFile('services-heatmap'), kind: 'services-heatmap', ...heatmapCaption(model, lang) },
    { kind: 'heatmap' },
  );
  const ranked = new Set(model.ranking.map((r) => r.regionCode));
  // per-region charts only for the regions the run ranks (a region without scores has no profile to draw)
  for (const region of model.regions.filter((r) => ranked.has(r.code))) {
    const code = region.code;
    if (region.tile) {
      add(
        { file: chartFile(`map-${code}`), kind: 'region-map', regionCode: code, ...tileMapCaption(model, lang, code) },
        { kind: 'tile-map', highlight: code },
      );
    }
    // and of those only the ones it has data for; its factsheet names the ones left out
    const own: [string, boolean, () => ChartSpec | null][] = [
      ['region-stages', hasScores(model.stageScores, code), () => stageProfile(model, lang, code)],
      ['region-profile', hasScores(model.serviceScores, code), () => regionProfile(model, lang, code)],
      ['office-documents', model.offices.some((o) => o.regionCode === code), () => officeDocuments(model, lang, code)],
    ];
    for (const [kind, hasData, spec] of own) {
      if (hasData) addSpec(spec(), code);
      else absent.push({ regionCode: code, kind, reason: 'no-data' });
    }
  }
  return { files, draws, absent };
}
