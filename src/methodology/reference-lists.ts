/**
 * The lists methodology templates iterate over, read from the reference folder (data/reference):
 * services.csv → "service", stages.csv → "stage", indicators.csv → "indicator" (only rows not marked scored=false:
 * context-only indicators such as application counts are not scored). A file that does not exist gives no list (a
 * template naming it then fails with the list's name).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Lists } from './templates.js';

export const REFERENCE_LISTS: Readonly<Record<string, string>> = { service: 'services.csv', stage: 'stages.csv', indicator: 'indicators.csv' };

export function readReferenceLists(dir: string): Lists {
  const lists: Record<string, Record<string, string>[]> = {};
  for (const [name, file] of Object.entries(REFERENCE_LISTS)) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const rows = parse(readFileSync(path, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
    lists[name] = rows.filter((row) => row.scored?.toLowerCase() !== 'false');
  }
  return lists;
}
