/**
 * The input of every build: units (e.g. region codes) × leaf indicators, as one row-major typed array.
 * `values[u * indicators.length + j]` is unit u's value of indicator j; NaN means missing.
 */
export interface Dataset {
  readonly units: readonly string[];
  readonly indicators: readonly string[];
  readonly values: Float64Array;
  /** grouping name -> group label per unit (same order as `units`), e.g. 'federal_district'. */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  /** Earlier years of the same units × indicators (panel data), for panel imputation; see withPanel. */
  readonly panel?: Panel;
}

/** Earlier years of a dataset: `values[i]` is laid out like Dataset.values, for `years[i]` (ascending). */
export interface Panel {
  readonly years: readonly number[];
  readonly values: readonly Float64Array[];
}

/**
 * The dataset with earlier years attached (same units and indicators, same layout).
 * @throws RangeError when years are not strictly ascending integers or a year's values have the wrong length.
 */
export function withPanel(data: Dataset, panel: Panel): Dataset {
  if (panel.years.length !== panel.values.length)
    throw new RangeError(`withPanel: ${panel.years.length} years for ${panel.values.length} value tables`);
  panel.years.forEach((year, i) => {
    if (!Number.isInteger(year) || (i > 0 && !(year > panel.years[i - 1])))
      throw new RangeError(`withPanel: years must be ascending integers (got ${panel.years.join(', ')})`);
    if (panel.values[i].length !== data.values.length)
      throw new RangeError(`withPanel: year ${year} has ${panel.values[i].length} values for ${data.values.length}`);
  });
  return Object.freeze({ ...data, panel });
}

/**
 * Builds a dataset and checks its shape.
 * @throws RangeError when values.length ≠ units × indicators, ids repeat, or a group has the wrong length.
 */
export function createDataset(
  units: readonly string[],
  indicators: readonly string[],
  values: Float64Array,
  groups?: Readonly<Record<string, readonly string[]>>,
): Dataset {
  if (values.length !== units.length * indicators.length) {
    throw new RangeError(
      `createDataset: ${values.length} values for ${units.length} units × ${indicators.length} indicators`,
    );
  }
  assertUnique('unit', units);
  assertUnique('indicator', indicators);
  for (const [name, labels] of Object.entries(groups ?? {})) {
    if (labels.length !== units.length) {
      throw new RangeError(`createDataset: group "${name}" has ${labels.length} labels for ${units.length} units`);
    }
  }
  return Object.freeze({ units, indicators, values, ...(groups ? { groups } : {}) });
}

function assertUnique(kind: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`createDataset: duplicate ${kind} "${id}"`);
    seen.add(id);
  }
}
