/**
 * How a demo file names its regions, to exercise the ingest's region recognition. Each file uses one style and the
 * labels of one style are unique across the 85 regions (checked in test/demo/region-naming.test.ts).
 * - code: the ISO 3166-2 code or the project's own code (RU-SMO, RU-CR, RU-SEV);
 * - okato: the 11-digit OKATO code;
 * - full_name: the Russian full name ("Смоленская область", "г. Москва");
 * - short_form: the forms statistical tables use: "Смоленская обл.", "Чукотский АО", "Еврейская АО",
 *   "Республика Татарстан (Татарстан)", "г. Москва", with long dashes written as "-".
 */
import type { Region } from '../reference/catalogue.js';

export const REGION_NAMINGS = ['code', 'okato', 'full_name', 'short_form'] as const;
export type RegionNaming = (typeof REGION_NAMINGS)[number];

/** The common short form of a region's Russian name (see the file comment). */
export function shortRegionForm(region: Region): string {
  const name = region.nameRu.replace(/\s*—\s*/g, ' - ');
  if (/^Республика /.test(name) && !name.includes('(') && !name.includes(' - '))
    return `${name} (${region.shortNameRu})`;
  return name
    .replace(/ автономный округ(?=$| )/iu, ' АО')
    .replace(/ автономная область(?=$| )/iu, ' АО')
    .replace(/ область(?=$| )/u, ' обл.');
}

/** The label of a region in the given naming style. */
export function regionLabel(region: Region, naming: RegionNaming): string {
  switch (naming) {
    case 'code':
      return region.code;
    case 'okato':
      return region.okato;
    case 'full_name':
      return region.nameRu;
    case 'short_form':
      return shortRegionForm(region);
  }
}
