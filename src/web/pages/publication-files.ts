/**
 * The files of a run's publication as its manifest describes them (path, kind, size, region), grouped the way a
 * reader looks for them: the main files (the workbook, the ranking CSV for Russian Excel, the ZIP of all), tables, national
 * charts, each region's factsheet and charts, and the documentation. An export without a manifest offers its listed
 * files with nothing known about them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { latestManifestFile } from '../../report/manifest.js';
import { isExportPath, listExportFiles, runExportDir } from '../routes/downloads.js';

export interface PublishedFile {
  readonly file: string;
  readonly kind: string;
  readonly bytes: number | null;
  readonly region: string | null;
}

export interface FileGroups {
  /** The workbook, the ranking CSV for Russian Excel and the ZIP of every file, when present. */
  readonly main: readonly PublishedFile[];
  readonly tables: readonly PublishedFile[];
  readonly charts: readonly PublishedFile[];
  /** Region code → that region's files (factsheet first). */
  readonly regions: ReadonlyMap<string, readonly PublishedFile[]>;
  readonly documentation: readonly PublishedFile[];
}

interface ManifestEntry {
  readonly file?: unknown;
  readonly kind?: unknown;
  readonly bytes?: unknown;
  readonly region?: unknown;
}

/** The publication's files from its manifest (plus the manifest itself), or its listed files without details. */
export async function readPublishedFiles(reportsDir: string, runId: number): Promise<PublishedFile[]> {
  try {
    const dir = runExportDir(reportsDir, runId);
    const name = await latestManifestFile(dir);
    if (name === null) throw new Error('no manifest');
    const text = await readFile(join(dir, name), 'utf8');
    const entries = (JSON.parse(text) as { files?: ManifestEntry[] }).files ?? [];
    return [
      ...entries
        .filter((e): e is ManifestEntry & { file: string } => typeof e.file === 'string' && isExportPath(e.file))
        .map((e) => ({
          file: e.file,
          kind: typeof e.kind === 'string' ? e.kind : 'file',
          bytes: typeof e.bytes === 'number' ? e.bytes : null,
          region: typeof e.region === 'string' ? e.region : null,
        })),
      { file: name, kind: 'manifest', bytes: Buffer.byteLength(text), region: null },
    ].sort((a, b) => a.file.localeCompare(b.file));
  } catch {
    return (await listExportFiles(reportsDir, runId)).map((file) => ({
      file,
      kind: kindByName(file),
      bytes: null,
      region: null,
    }));
  }
}

/** Without a manifest, what a file is can only be told by its extension. */
const kindByName = (file: string): string =>
  file.endsWith('.xlsx') ? 'workbook' : file.endsWith('.csv') ? 'csv' : file.endsWith('.zip') ? 'archive' : 'file';

const isMain = (f: PublishedFile) =>
  f.kind === 'workbook' || f.kind === 'archive' || (f.kind === 'csv' && /ranking.*excel-ru\.csv$/.test(f.file));
/** Workbook, then the CSV, then the ZIP of everything. */
const mainOrder = (f: PublishedFile): number => (f.kind === 'workbook' ? 0 : f.kind === 'archive' ? 2 : 1);

export function groupPublishedFiles(files: readonly PublishedFile[]): FileGroups {
  const regions = new Map<string, PublishedFile[]>();
  for (const f of files.filter((x) => x.region !== null))
    regions.set(f.region!, [...(regions.get(f.region!) ?? []), f]);
  for (const list of regions.values())
    list.sort(
      (a, b) => Number(b.kind === 'factsheet') - Number(a.kind === 'factsheet') || a.file.localeCompare(b.file),
    );
  const national = files.filter((f) => f.region === null);
  return {
    main: national.filter(isMain).sort((a, b) => mainOrder(a) - mainOrder(b)),
    tables: national.filter((f) => f.kind === 'workbook' || f.kind === 'csv'),
    charts: national.filter((f) => f.kind.startsWith('chart:')),
    regions,
    documentation: national.filter(
      (f) => !(f.kind === 'workbook' || f.kind === 'csv' || f.kind === 'archive' || f.kind.startsWith('chart:')),
    ),
  };
}
