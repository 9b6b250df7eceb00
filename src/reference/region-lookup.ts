/**
 * One region vocabulary for the whole product: what the ingest accepts (our code, ISO 3166-2, OKATO, OKTMO, the
 * Russian name in its usual spellings) resolved against the reference catalogue, for command-line flags and the
 * pages' search alike (the ingest itself resolves against the database it writes to, with the same resolver).
 */
import { RegionResolver, type RegionMatch } from '../ingest/catalogue/region-resolver.js';
import { loadCatalogue } from './catalogue.js';

let resolver: RegionResolver | undefined;

/** The region a text names, or the reason it names none (unknown, ambiguous). */
export function lookUpRegion(text: string): RegionMatch {
  resolver ??= new RegionResolver(loadCatalogue().regions);
  return resolver.resolve(text);
}
