/**
 * The lists methodology templates iterate over, read from the reference folder (data/reference):
 * services.csv → "service", stages.csv → "stage", indicators.csv → "indicator" (only rows not marked scored=false:
 * context-only indicators such as application counts are not scored). A file that does not exist gives no list (a
 * template naming it then fails with the list's name). The default folder is the package's own data/reference,
 * found from this module's location, so it does not depend on the working directory; a folder that does not exist
 * is refused (InputError) rather than read as no lists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { REFERENCE_DIR } from '../reference/catalogue.js';
import { readCsvTable } from '../reference/csv-table.js';
import type { Lists } from './templates.js';

export const REFERENCE_LISTS: Readonly<Record<string, string>> = {
  service: 'services.csv',
  stage: 'stages.csv',
  indicator: 'indicators.csv',
};

export function readReferenceLists(dir: string = REFERENCE_DIR): Lists {
  if (!existsSync(dir))
    throw new InputError(`reference folder ${dir} does not exist (it holds services.csv, stages.csv, indicators.csv)`);
  const lists: Record<string, Record<string, string>[]> = {};
  for (const [name, file] of Object.entries(REFERENCE_LISTS)) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const rows = readCsvTable(path);
    lists[name] = rows.filter((row) => row.scored?.toLowerCase() !== 'false');
  }
  return lists;
}
