/**
 * The publication manifest (`manifest.json`, `manifest-DRAFT.json`, … : its name carries the marks like every file): every file of the folder but the manifest itself, with its SHA-256
 * and size, sorted by path, plus what the publication is (period, run, language, synthetic flag, software version,
 * generated-at = the run's computation time, so the same run gives the same manifest).
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, PublicationModel } from './model.js';
import { FILE_MARKS, type FileMark, markNote, modelFileMark } from './marking.js';

/** The manifest of a publication whose file names carry `mark` (see src/report/marking.ts). */
export const manifestFileName = (mark: FileMark): string => `manifest${mark}.json`;
/** Every name a manifest can have, the unmarked one first. */
export const MANIFEST_FILES: readonly string[] = FILE_MARKS.map(manifestFileName);
/**
 * The manifest of the export in `dir`: of the manifests present (a folder exported as a draft, then again once
 * published, holds `manifest-DRAFT.json` and `manifest.json`), the one written last; null when there is none.
 */
export async function latestManifestFile(dir: string): Promise<string | null> {
  const found = await Promise.all(
    MANIFEST_FILES.map(async (name) => ({
      name,
      at: await stat(join(dir, name)).then(
        (s) => s.mtimeMs,
        () => -1,
      ),
    })),
  );
  const present = found.filter((f) => f.at >= 0).sort((a, b) => b.at - a.at);
  return present[0]?.name ?? null;
}

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
  /** Whether the run is its period's headline methodology (the public ranking of the period); false for a draft. */
  readonly headline: boolean;
  readonly synthetic: boolean;
  readonly note: string | null;
  readonly softwareVersion: string;
  readonly generatedAt: string;
  /** Parts of the publication this build could not produce (empty when complete). */
  readonly missing: readonly string[];
  readonly files: readonly ManifestFile[];
}

/** The manifest entry of a file whose bytes are in hand. */
export function describeBytes({ file, kind, region }: PublicationFile, bytes: Buffer): ManifestFile {
  return {
    file,
    kind,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    ...(region ? { region } : {}),
  };
}

/** The bytes of every file of an export, read once for the manifest and the archive. */
export async function readExportFiles(dir: string, files: readonly PublicationFile[]): Promise<Map<string, Buffer>> {
  const read = await Promise.all(files.map(async (f) => [f.file, await readFile(join(dir, f.file))] as const));
  return new Map(read);
}

/** Writes the manifest of `files`, whose bytes `contents` holds (readExportFiles). */
export async function writeManifest(
  model: PublicationModel,
  dir: string,
  lang: Lang,
  files: readonly PublicationFile[],
  contents: ReadonlyMap<string, Buffer>,
  missing: readonly string[] = [],
): Promise<PublicationManifest> {
  const described = files.map((f) => {
    const bytes = contents.get(f.file);
    if (!bytes) throw new Error(`the manifest was given no bytes for ${f.file}`);
    return describeBytes(f, bytes);
  });
  const manifest: PublicationManifest = {
    format: MANIFEST_FORMAT,
    period: model.period,
    runId: model.run.id,
    runVersion: model.run.version,
    lang,
    status: model.run.status,
    headline: model.run.headline,
    synthetic: model.synthetic,
    note: markNote(model),
    softwareVersion: model.softwareVersion,
    generatedAt: model.run.computedAt,
    missing: [...missing],
    files: described.sort(byFile),
  };
  await writeFile(join(dir, manifestFileName(modelFileMark(model))), manifestText(manifest), 'utf8');
  return manifest;
}

/** The text of a manifest file. */
export const manifestText = (manifest: PublicationManifest): string => `${JSON.stringify(manifest, null, 2)}\n`;

/** Sorts manifest entries by path (code-unit order, as written). */
export const byFile = (a: ManifestFile, b: ManifestFile): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
