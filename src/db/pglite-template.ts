/**
 * Opens a PGlite data directory; a new one is unpacked from a cached dump of an empty, initialised database instead of
 * being initialised again. PGlite 0.4 runs initdb (in WebAssembly, on the caller's thread) for every new directory:
 * about three quarters of the time `egov demo` took before its first step. The first new directory is initialised as
 * usual and dumped at once (gzip, about 4 MB) into node_modules/.cache/egov-monitor/, named by the PGlite version that
 * made it; later new directories are unpacked from it (the files of a database just initialised, as PGlite itself copies
 * its initdb's output into a new directory). A directory that holds a database already is opened as it is. When the cache cannot be
 * read or written, the directory is initialised as before.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../project-root.js';

const PGLITE_PACKAGE = projectPath('node_modules', '@electric-sql', 'pglite', 'package.json');
const CACHE_DIR = projectPath('node_modules', '.cache', 'egov-monitor');

/** The cached dump for the installed PGlite, or null when its version cannot be read. */
function templatePath(): string | null {
  try {
    const { version } = JSON.parse(readFileSync(PGLITE_PACKAGE, 'utf8')) as { version: string };
    return join(CACHE_DIR, `pglite-${version}-initdb.tar.gz`);
  } catch {
    return null;
  }
}

export async function openPgliteDirectory(dataDir: string): Promise<PGlite> {
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(join(dataDir, 'PG_VERSION'))) return PGlite.create(dataDir);
  const template = templatePath();
  if (template && existsSync(template)) {
    return PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(template)]) });
  }
  const pglite = await PGlite.create(dataDir);
  if (template) await saveTemplate(pglite, template);
  return pglite;
}

/** Dumps the just-initialised database; written to a temporary name and renamed, so a reader never sees half a file. */
async function saveTemplate(pglite: PGlite, template: string): Promise<void> {
  try {
    const dump = await pglite.dumpDataDir('gzip');
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${template}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, template);
  } catch {
    // No cache (read-only install, full disk): the next new directory is initialised again, as before.
  }
}
