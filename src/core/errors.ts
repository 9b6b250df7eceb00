/**
 * The core's own error for "this method cannot be applied to these data" (a zero in a geometric mean, min-max of a
 * constant column, an unknown method name, a step out of order): the user's methodology or data must change, so the
 * CLI exits 2 and the API answers 400. It names where it happened: the build step, the node and the unit when known.
 * Any other error escaping the core (TypeError, …) is a bug and is never turned into a MethodError.
 */
export interface MethodErrorPlace {
  readonly step?: string;
  readonly node?: string;
  readonly unit?: string;
  /** Index of the unit in the build's units, where only the index is known (the step fills in `unit`). */
  readonly unitIndex?: number;
}

export class MethodError extends Error {
  override readonly name = 'MethodError';
  constructor(
    readonly reason: string,
    readonly place: MethodErrorPlace = {},
  ) {
    super(describe(reason, place));
  }

  /** The same error with more of its place known (outer layers add the step, or the unit's code). */
  at(place: MethodErrorPlace): MethodError {
    return new MethodError(this.reason, { ...this.place, ...place });
  }
}

function describe(reason: string, { step, node, unit }: MethodErrorPlace): string {
  const where = [
    step === undefined ? '' : `step "${step}"`,
    node === undefined ? '' : `node "${node}"`,
    unit === undefined ? '' : `unit "${unit}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${reason}` : reason;
}
