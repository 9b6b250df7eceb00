/**
 * Loads what `egov analyse --methodology FILE --data FILE [--uncertainty FILE]` analyses: the methodology (its
 * `uncertainty` section, if any, is split off before the methodology schema validates the rest), its build log, the
 * dataset, and the uncertainty spec (from --uncertainty when given, else the methodology's section).
 * @throws RangeError / MethodologyError naming the file and the problem; the CLI turns them into exit code 2.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../core/dataset.js';
import { type BuildStep, compileSteps } from '../core/pipeline.js';
import { type UncertaintySpec, type UncertaintySpecInput, UncertaintySpecSchema } from '../core/analysis/assumptions.js';
import { expandMethodology, parseMethodology } from '../methodology/expand.js';
import { readDatasetCsv } from './read-dataset-csv.js';

export interface AnalysisInputs {
  readonly methodologyId: string;
  readonly dataset: Dataset;
  readonly log: readonly BuildStep[];
  readonly spec: UncertaintySpec;
}

export interface AnalysisOverrides {
  readonly runs?: number;
  readonly seed?: number;
  readonly design?: UncertaintySpec['design'];
}

export function loadAnalysisInputs(methodologyPath: string, dataPath: string, uncertaintyPath?: string,
  overrides: AnalysisOverrides = {}): AnalysisInputs {
  const { uncertainty, ...document } = readJson(methodologyPath) as { uncertainty?: unknown };
  const { expanded } = expandMethodology(parseMethodology(document));
  const section = uncertaintyPath === undefined ? uncertainty : readJson(uncertaintyPath);
  if (section === undefined) {
    throw new RangeError(`${methodologyPath}: no "uncertainty" section; give one with --uncertainty FILE`);
  }
  const spec = parseUncertaintySpec({ ...(section as object), ...definedOnly(overrides) }, uncertaintyPath ?? `${methodologyPath}: uncertainty`);
  const leaves = expanded.tree.nodes.filter((node) => node.indicator !== undefined).map((node) => node.id);
  return { methodologyId: expanded.id, dataset: readDatasetCsv(dataPath, leaves), log: compileSteps(expanded), spec };
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

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RangeError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RangeError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function definedOnly(overrides: AnalysisOverrides): Partial<AnalysisOverrides> {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
}
