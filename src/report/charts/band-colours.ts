/**
 * The colours of the index node's bands for the ranking charts (bars and tile map): each ranked region's fill from
 * its band (model.bands, best first, colours set by the loader), and the legend of the bands that hold a ranked
 * region, named in the chart's language from the methodology's bilingual labels. A ranked region without a band gets
 * a grey with its own legend entry. Null when the methodology bands nothing (the charts keep their own colours and
 * show no band legend).
 */
import type { Lang, PublicationModel } from '../model.js';
import type { LegendEntry } from './spec.js';

/** The fill of a ranked region that falls in none of the bands. */
export const NO_BAND_COLOUR = '#bdbdbd';

const NO_BAND = { ru: 'без класса', en: 'no band' } as const;

export interface BandColouring {
  /** The fill of a region in band `bandId` (NO_BAND_COLOUR when it is in none). */
  colourOf(bandId: string | null): string;
  readonly legend: readonly LegendEntry[];
}

export function bandColouring(model: PublicationModel, lang: Lang): BandColouring | null {
  if (model.bands.length === 0) return null;
  const byId = new Map(model.bands.map((b) => [b.id, b]));
  const used = new Set(model.ranking.map((r) => r.bandId));
  if (![...used].some((id) => id !== null && byId.has(id))) return null;
  const unbanded = [...used].some((id) => id === null || !byId.has(id));
  return {
    colourOf: (bandId) => (bandId === null ? undefined : byId.get(bandId))?.colour ?? NO_BAND_COLOUR,
    legend: [
      ...model.bands.filter((b) => used.has(b.id)).map((b) => ({ label: b.name[lang], colour: b.colour })),
      ...(unbanded ? [{ label: NO_BAND[lang], colour: NO_BAND_COLOUR }] : []),
    ],
  };
}
