/**
 * The places of the ministry's 2017 rating that the press published (data/demo/published-places-2017.json), used only
 * to anchor the latent maturity of the synthetic demo (src/demo/generate/region-profiles.ts). Cited as published
 * places, never presented as computed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../project-root.js';
import type { PublishedPlace } from './generate/region-profiles.js';

export const PUBLISHED_PLACES_PATH = projectPath('data', 'demo', 'published-places-2017.json');

const PublishedPlacesSchema = z.object({
  about: z.string(),
  source: z.string(),
  places: z.array(
    z.object({ region: z.string(), place: z.number().int().min(1), scorePercent: z.number().min(0).max(100) }),
  ),
});

/** The published places, validated. @throws RangeError naming the file when it does not match the schema */
export function loadPublishedPlaces(path: string = PUBLISHED_PLACES_PATH): PublishedPlace[] {
  const parsed = PublishedPlacesSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new RangeError(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.places.map((p) => ({ regionCode: p.region, place: p.place, scorePercent: p.scorePercent }));
}
