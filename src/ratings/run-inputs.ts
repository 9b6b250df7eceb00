/**
 * Everything a stored run needs to be recomputed, read from the run alone (never from the live measurement table):
 * its input snapshot rebuilt into a dataset (checked against the run's input hash), its build log, its expanded
 * methodology, the uncertainty spec it was rated with, its labels and its catalogue version.
 *
 * @throws RunNotFoundError when the run does not exist; RunSnapshotError when it has no stored snapshot (rated
 * before migration 0007: replay, analyse and export refuse it with exit 2 rather than read the live tables) or the
 * snapshot does not hash to the run's input hash.
 */
import type { Kysely } from 'kysely';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import type { Dataset } from '../core/dataset.js';
import type { BuildStep } from '../core/pipeline.js';
import type { DB } from '../db/tables.js';
import { datasetHash } from '../methodology/hash.js';
import { parseUncertaintySpec } from '../robustness-runs/load-analysis-inputs.js';
import { RunNotFoundError } from './run-errors.js';
import type { RunLabels } from './run-labels.js';

export { RunNotFoundError };

export class RunSnapshotError extends Error {
  override readonly name = 'RunSnapshotError';
}

/** The frame of a snapshot: units, columns and groupings in the order the rating used them. */
export interface InputFrame {
  readonly units: readonly string[];
  readonly indicators: readonly string[];
  readonly groups: Readonly<Record<string, readonly string[]>>;
}

export interface RunInputs {
  readonly runId: number;
  readonly period: number;
  readonly methodologyId: string;
  readonly inputHash: string;
  readonly dataset: Dataset;
  readonly log: readonly BuildStep[];
  readonly expandedMethodology: unknown;
  readonly uncertaintySpec: UncertaintySpec | null;
  readonly labels: RunLabels;
  readonly catalogueVersion: string;
}

const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export async function readRunInputs(db: Kysely<DB>, runId: number): Promise<RunInputs> {
  const run = await db
    .selectFrom('rating_run as r')
    .leftJoin('rating_run_artifact as a', 'a.run_id', 'r.id')
    .select([
      'r.period',
      'r.methodology_id',
      'r.input_hash',
      'r.build_log',
      'a.run_id as artifact',
      'a.frame',
      'a.expanded_methodology',
      'a.uncertainty_spec',
      'a.labels',
      'a.catalogue_version',
    ])
    .where('r.id', '=', runId)
    .executeTakeFirst();
  if (!run) throw new RunNotFoundError(`no rating run ${runId}`);
  if (run.artifact === null) {
    throw new RunSnapshotError(
      `rating run ${runId} predates stored inputs (rated before migration 0007-run-artifact): its numbers cannot be ` +
        `recomputed from the run, and are never taken from the live tables instead; rate period ${run.period} again ` +
        `(a published run: publish the new run as a correction with --reason)`,
    );
  }
  const frame = parsed(run.frame) as InputFrame;
  const values = new Float64Array(frame.units.length * frame.indicators.length).fill(NaN);
  const unitIndex = new Map(frame.units.map((u, i) => [u, i]));
  const columnIndex = new Map(frame.indicators.map((c, j) => [c, j]));
  const cells = await db
    .selectFrom('rating_input')
    .select(['node_id', 'region_code', 'value'])
    .where('run_id', '=', runId)
    .execute();
  for (const cell of cells) {
    const u = unitIndex.get(cell.region_code);
    const j = columnIndex.get(cell.node_id);
    if (u === undefined || j === undefined)
      throw new RunSnapshotError(
        `rating run ${runId}: stored input ${cell.node_id} of ${cell.region_code} lies outside its frame`,
      );
    values[u * frame.indicators.length + j] = cell.value;
  }
  const dataset: Dataset = Object.freeze({
    units: frame.units,
    indicators: frame.indicators,
    values,
    groups: frame.groups,
  });
  if (datasetHash(dataset) !== run.input_hash) {
    throw new RunSnapshotError(
      `rating run ${runId}: its stored input snapshot does not hash to its input hash (the stored run is damaged)`,
    );
  }
  const spec = parsed(run.uncertainty_spec);
  return {
    runId,
    period: run.period,
    methodologyId: run.methodology_id,
    inputHash: run.input_hash,
    dataset,
    log: parsed(run.build_log) as BuildStep[],
    expandedMethodology: parsed(run.expanded_methodology),
    uncertaintySpec:
      spec === null || spec === undefined ? null : parseUncertaintySpec(spec, `rating run ${runId} uncertainty`),
    labels: parsed(run.labels) as RunLabels,
    catalogueVersion: run.catalogue_version!,
  };
}
