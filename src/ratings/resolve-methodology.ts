/**
 * Finds a methodology by file path, by preset id (data/methodologies/<id>.json), or by id of one stored in the
 * database (its latest stored version), and loads it with the catalogue lists for its templates.
 */
import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { type LoadedMethodology, loadMethodologyFile } from '../methodology/load-file.js';
import { loadMethodologyText } from '../methodology/load.js';
import { MethodologyError } from '../methodology/errors.js';
import { projectPath } from '../project-root.js';
import type { Lists } from '../methodology/templates.js';

export const PRESETS_DIR = `${projectPath('data', 'methodologies')}/`;

export async function resolveMethodology(db: Kysely<DB>, idOrFile: string, lists: Lists): Promise<LoadedMethodology> {
  if (idOrFile.endsWith('.json') || idOrFile.includes('/')) return loadMethodologyFile(idOrFile, lists);
  const preset = `${PRESETS_DIR}${idOrFile}.json`;
  if (/^[a-z0-9][a-z0-9._-]*$/.test(idOrFile) && existsSync(preset)) return loadMethodologyFile(preset, lists);
  const stored = await db
    .selectFrom('methodology')
    .select(['document'])
    .where('id', '=', idOrFile)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!stored) throw new MethodologyError('', `no methodology file, preset or stored methodology named "${idOrFile}"`);
  return loadMethodologyText(JSON.stringify(stored.document), lists);
}
