/**
 * The publication manifest (`manifest.json`): every file of the folder but the manifest itself, with its SHA-256
 * and size, sorted by path, plus what the publication is (period, run, language, synthetic flag, software version,
 * generated-at = the run's computation time, so the same run gives the same manifest).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, PublicationModel } from './model.js';
import { markNote } from './marking.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'egov-publication/1';

export interface ManifestFile {
  /** Path relative to the publication folder, with forward slashes. */
  readonly file: string;
  readonly kind: string;
  readonly sha256: string;
  readonly bytes: number;
  /** The region (ISO code) the file is about, for region charts and factsheets; absent for national files. */
  readonly region?: string;
}

/** A file of the publication before it is hashed: its path, kind and, for a region's own file, the region. */
export interface PublicationFile {
  readonly file: string;
  readonly kind: string;
  readonly region?: string;
}

export interface PublicationManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly period: number;
  readonly runId: number;
  /** Null for a draft (versions are assigned at publication). */
  readonly runVersion: number | null;
  readonly lang: Lang;
  /** The run's status when exported: a 'draft' publication is under embargo and every file says DRAFT. */
  readonly status: string;
  readonly synthetic: boolean;
  readonly note: string | null;
  readonly softwareVersion: string;
  readonly generatedAt: string;
  /** Parts of the publication this build could not produce (empty when complete). */
  readonly missing: readonly string[];
  readonly files: readonly ManifestFile[];
}

export async function describeFile(dir: string, { file, kind, region }: PublicationFile): Promise<ManifestFile> {
  const bytes = await readFile(join(dir, file));
  return {
    file,
    kind,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    ...(region ? { region } : {}),
  };
}

export async function writeManifest(
  model: PublicationModel,
  dir: string,
  lang: Lang,
  files: readonly PublicationFile[],
  missing: readonly string[] = [],
): Promise<PublicationManifest> {
  const described = await Promise.all(files.map((f) => describeFile(dir, f)));
  const manifest: PublicationManifest = {
    format: MANIFEST_FORMAT,
    period: model.period,
    runId: model.run.id,
    runVersion: model.run.version,
    lang,
    status: model.run.status,
    synthetic: model.synthetic,
    note: markNote(model),
    softwareVersion: model.softwareVersion,
    generatedAt: model.run.computedAt,
    missing: [...missing],
    files: described.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return manifest;
}
