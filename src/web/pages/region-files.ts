/**
 * The publication files of one region, by the region code the export's manifest records for each file (charts of
 * the region, its factsheet), never by matching file names: "RU-SA" is a prefix of RU-SAK, RU-SAM and RU-SAR. A
 * region with no file of its own gets the run's national files (those the manifest attributes to no region); an
 * export without a manifest offers its top-level files, none of which belongs to a region.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isExportPath, listExportFiles, runExportDir } from '../routes/downloads.js';

interface ManifestEntry { readonly file?: unknown; readonly region?: unknown }

export async function regionFiles(reportsDir: string, runId: number, regionCode: string): Promise<string[]> {
  let entries: ManifestEntry[];
  try {
    const manifest = JSON.parse(await readFile(join(runExportDir(reportsDir, runId), 'manifest.json'), 'utf8')) as { files?: ManifestEntry[] };
    entries = manifest.files ?? [];
  } catch {
    return listExportFiles(reportsDir, runId);
  }
  const listed = entries.filter((f): f is { file: string; region?: unknown } => typeof f.file === 'string' && isExportPath(f.file));
  const own = listed.filter((f) => f.region === regionCode).map((f) => f.file);
  return (own.length > 0 ? own : listed.filter((f) => f.region === undefined).map((f) => f.file)).sort();
}
