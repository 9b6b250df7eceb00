/**
 * What `generateDemoFiles` wrote: every file with its kind, period, format and row count, and whether the demo
 * should ingest it. Files with `ingest: false` hold the same values as another file (`sameDataAs`) in another
 * format and region naming: ingesting both must give identical measurements (a test for the ingest, not for the
 * demo). Every file covers one year (`span.from === span.to === period`); targets and spending come one file per
 * year because the ingest binds annual rows to one --period.
 */
import type { RegionNaming } from './region-naming.js';

export const DEMO_FILE_KINDS = ['measurements', 'applications', 'targets', 'spending'] as const;
export type DemoFileKind = (typeof DEMO_FILE_KINDS)[number];
export const DEMO_FILE_FORMATS = ['csv-utf8', 'csv-cp1251', 'xlsx'] as const;
export type DemoFileFormat = (typeof DEMO_FILE_FORMATS)[number];
export type DemoFileLayout = 'long' | 'wide' | 'applications' | 'targets' | 'spending';

export interface DemoFile {
  /** Absolute path. */
  path: string;
  /** File name (always starts with SYNTHETIC-). */
  name: string;
  kind: DemoFileKind;
  /** The period to pass to `egov ingest --period`: the year the rows cover. */
  period: number;
  /** Years the rows cover. */
  span: { from: number; to: number };
  format: DemoFileFormat;
  layout: DemoFileLayout;
  /** How regions are named in the file. */
  regionNaming: RegionNaming;
  /** Data rows (header and title rows excluded). */
  rows: number;
  /** true: the demo ingests this file; false: a format variant of `sameDataAs`. */
  ingest: boolean;
  /** Always true: the ingest records it on the batch (`--synthetic`); synthetic-ness is never read from a file name. */
  synthetic: true;
  sameDataAs?: string;
  sha256: string;
  /** The command line that loads the file, relative to the output folder. */
  ingestCommand: string;
}

export interface DemoFileSet {
  outDir: string;
  seed: number;
  years: number[];
  files: DemoFile[];
  /** SYNTHETIC-README.txt: what the data is. */
  readmePath: string;
  /** SYNTHETIC-manifest.json: this file set, the parameters and the injected outliers, as JSON. */
  manifestPath: string;
}
