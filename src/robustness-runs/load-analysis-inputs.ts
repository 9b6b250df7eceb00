/**
 * Loads what `egov analyse --methodology FILE --data FILE [--uncertainty FILE]` analyses: the methodology (validated
 * with its optional `uncertainty` section by the methodology schema; templates are expanded with the reference
 * lists), its build log, the dataset (wide or long CSV, read as `egov score` reads it), and the
 * uncertainty spec (from --uncertainty when given, else the methodology's section), with command-line overrides.
 * @throws RangeError, MethodologyError or DataFormatError naming the file and the problem (the CLI exits 2).
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../core/dataset.js';
import { type BuildStep, compileSteps, requiredColumns } from '../core/pipeline.js';
import {
  type UncertaintySpec,
  type UncertaintySpecInput,
  UncertaintySpecSchema,
} from '../core/analysis/assumptions.js';
import { parseDatasetCsv } from '../methodology/dataset-csv.js';
import { expandMethodology, parseMethodology } from '../methodology/parse.js';
import { readReferenceLists } from '../methodology/reference-lists.js';

export interface AnalysisInputs {
  readonly methodologyId: string;
  readonly dataset: Dataset;
  readonly log: readonly BuildStep[];
  readonly spec: UncertaintySpec;
}

export interface AnalysisLoadOptions {
  readonly uncertaintyPath?: string;
  /** Unit column of a wide data file (default "unit", else the first column). */
  readonly unitColumn?: string;
  /** Columns kept as groupings (for group imputation). */
  readonly groupColumns?: readonly string[];
  /** Folder of services.csv, stages.csv, indicators.csv for templates (default: the package's data/reference). */
  readonly referenceDir?: string;
  readonly runs?: number;
  readonly seed?: number;
  readonly design?: UncertaintySpec['design'];
}

export function loadAnalysisInputs(
  methodologyPath: string,
  dataPath: string,
  options: AnalysisLoadOptions = {},
): AnalysisInputs {
  const { document, expanded, categories } = expandMethodology(
    parseMethodology(readJson(methodologyPath)),
    readReferenceLists(options.referenceDir),
  );
  const section = options.uncertaintyPath === undefined ? document.uncertainty : readJson(options.uncertaintyPath);
  if (section === undefined)
    throw new RangeError(`${methodologyPath}: no "uncertainty" section; give one with --uncertainty FILE`);
  const overrides = Object.fromEntries(
    Object.entries({ runs: options.runs, seed: options.seed, design: options.design }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  const spec = parseUncertaintySpec(
    { ...(section as object), ...overrides },
    options.uncertaintyPath ?? `${methodologyPath}: uncertainty`,
  );
  const columns = requiredColumns(expanded);
  const dataset = parseDatasetCsv(readText(dataPath), {
    columns,
    categories,
    ...(options.unitColumn === undefined ? {} : { unitColumn: options.unitColumn }),
    ...(options.groupColumns === undefined ? {} : { groupColumns: options.groupColumns }),
  });
  return { methodologyId: expanded.id, dataset, log: compileSteps(expanded), spec };
}

/** Validates an uncertainty section. @throws RangeError "<where>: <path>: <problem>" for the first issue. */
export function parseUncertaintySpec(json: unknown, where: string): UncertaintySpec {
  const parsed = UncertaintySpecSchema.safeParse(json as UncertaintySpecInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RangeError(`${where}: ${issue.path.join('.') || '(section)'}: ${issue.message}`);
  }
  return parsed.data;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RangeError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RangeError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}
