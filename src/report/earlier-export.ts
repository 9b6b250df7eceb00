/**
 * Replacing an earlier export of the same run in a publication folder. An export is written into a staging folder
 * inside the publication folder first; only when every file (manifest included) is there are they moved into place
 * (a rename each, which replaces a file of the same name at once), and then the files that the earlier export of the
 * same run listed in its manifest and the new one does not — a draft's `-DRAFT` files after publication — are
 * deleted, with that manifest. A failed export removes its staging folder and leaves the earlier set as it was.
 *
 * Only files an earlier manifest of the same run lists are ever deleted: never a file of another run's export, never
 * a path that leaves the folder, never anything a manifest does not name.
 */
import { mkdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { MANIFEST_FILES } from './manifest.js';

/** The staging folder of an export in `dir` (a dot name, unique per process and moment). */
export function stagingFolder(dir: string): string {
  return join(dir, `.export-staging-${process.pid}-${Date.now().toString(36)}`);
}

/**
 * The files an earlier export of run `runId` wrote in `dir`: the paths its manifests list plus those manifests'
 * names. A manifest that cannot be read, or belongs to another run, contributes nothing; a listed path that is
 * absolute or leaves the folder is ignored.
 */
export async function earlierExportFiles(dir: string, runId: number): Promise<Set<string>> {
  const files = new Set<string>();
  for (const name of MANIFEST_FILES) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => null);
    if (text === null) continue;
    let manifest: { runId?: unknown; files?: unknown };
    try {
      manifest = JSON.parse(text) as typeof manifest;
    } catch {
      continue;
    }
    if (manifest.runId !== runId || !Array.isArray(manifest.files)) continue;
    files.add(name);
    for (const entry of manifest.files as { file?: unknown }[]) {
      if (typeof entry?.file === 'string' && insideFolder(entry.file)) files.add(normalize(entry.file));
    }
  }
  return files;
}

/** A relative path that stays inside the folder (no absolute path, no `..` segment). */
function insideFolder(file: string): boolean {
  if (file === '' || isAbsolute(file)) return false;
  const path = normalize(file);
  return path !== '..' && !path.startsWith(`..${sep}`) && !path.split(/[\\/]/).includes('..');
}

/**
 * Moves the staged export into `dir` (its manifest last), then deletes the files of `earlier` that the new export
 * does not hold, and removes the staging folder. `files` are the new export's paths, manifest included.
 */
export async function moveStagedExport(
  staging: string,
  dir: string,
  files: readonly string[],
  manifest: string,
  earlier: ReadonlySet<string>,
): Promise<void> {
  for (const file of [...files.filter((f) => f !== manifest), manifest]) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await rename(join(staging, file), join(dir, file));
  }
  const kept = new Set(files.map((f) => normalize(f)));
  for (const file of earlier) {
    if (!kept.has(file)) await rm(join(dir, file), { force: true });
  }
  for (const folder of ['charts', 'factsheets']) await rmdir(join(dir, folder)).catch(() => undefined); // only when empty
  await rm(staging, { recursive: true, force: true });
}
