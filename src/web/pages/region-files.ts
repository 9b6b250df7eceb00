/**
 * The publication files of one region, by the region code the export's manifest records for each file (charts of
 * the region, its factsheet), never by matching file names: "RU-SA" is a prefix of RU-SAK, RU-SAM and RU-SAR. A
 * region with no file of its own gets the run's national files (those the manifest attributes to no region); an
 * export without a manifest offers its top-level files, none of which belongs to a region.
 */
import { readPublishedFiles, type PublishedFile } from './publication-files.js';

/** The region's own files (or the national ones, see above), sorted by path. */
export async function regionPublishedFiles(
  reportsDir: string,
  runId: number,
  regionCode: string,
): Promise<PublishedFile[]> {
  const files = await readPublishedFiles(reportsDir, runId);
  const own = files.filter((f) => f.region === regionCode);
  const national = files.filter((f) => f.region === null && f.kind !== 'manifest');
  return (own.length > 0 ? own : national).sort((a, b) => a.file.localeCompare(b.file));
}
