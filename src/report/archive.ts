/**
 * One ZIP of everything a run's export holds (`rating-2019-all-files.zip`, `rating-2019-DRAFT-all-files.zip`, … : its
 * name carries the marks like every file): every file the manifest lists, under the same relative path, in the
 * manifest's order, then the manifest itself as it stood before the archive was added (an archive cannot hold its
 * own checksum). The manifest on disk then lists the archive (kind 'archive'). Entries are dated 1980-01-01 and
 * written in a fixed order, so two exports of the same run give the same bytes. PNG and XLSX are stored (already
 * compressed), the rest deflated. Entry names are the manifest's paths, which the export itself wrote. A draft's or
 * synthetic run's archive says so in its comment, as every file does.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeZipInPool } from '../zip/zip-writer.js';
import { byFile, describeBytes, manifestFileName, manifestText, type PublicationManifest } from './manifest.js';
import { type FileMark, markNote, modelFileMark } from './marking.js';
import type { PublicationModel } from './model.js';

export const archiveFileName = (period: number, mark: FileMark): string => `rating-${period}${mark}-all-files.zip`;

/** The date of every entry: fixed, so the archive's bytes depend on its content only. */
export const ARCHIVE_ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

const COMPRESSED = /\.(?:png|xlsx)$/i;

/** The archive's comment: the marks in ASCII ("DRAFT - not published, under embargo / SYNTHETIC DEMO DATA"), or none. */
export const archiveComment = (model: Pick<PublicationModel, 'run' | 'synthetic'>): string =>
  (markNote(model) ?? '').replace(/ — /g, ' - ').replace(/ · /g, ' / ');

/**
 * Writes the archive of the export in `dir` (whose manifest `manifest` is already written there) and rewrites the
 * manifest to list it; returns the new manifest. `contents` holds the bytes of the files the manifest lists (read
 * once for the manifest and this archive: manifest.ts's readExportFiles); the manifest itself is read from `dir`.
 */
export async function writeArchive(
  model: PublicationModel,
  dir: string,
  manifest: PublicationManifest,
  contents: ReadonlyMap<string, Buffer>,
): Promise<PublicationManifest> {
  const mark = modelFileMark(model);
  const manifestName = manifestFileName(mark);
  const bytesOf = (name: string): Buffer => {
    const bytes = contents.get(name);
    if (!bytes) throw new Error(`the archive was given no bytes for ${name}`);
    return bytes;
  };
  const entries = [
    ...manifest.files.map((f) => ({ name: f.file, data: bytesOf(f.file), store: COMPRESSED.test(f.file) })),
    { name: manifestName, data: await readFile(join(dir, manifestName)) },
  ];
  const file = archiveFileName(model.period, mark);
  const zip = await writeZipInPool(entries, ARCHIVE_ENTRY_DATE, archiveComment(model));
  await writeFile(join(dir, file), zip);
  const withArchive: PublicationManifest = {
    ...manifest,
    files: [...manifest.files, describeBytes({ file, kind: 'archive' }, zip)].sort(byFile),
  };
  await writeFile(join(dir, manifestName), manifestText(withArchive), 'utf8');
  return withArchive;
}
