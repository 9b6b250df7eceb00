/**
 * A nodes × units table (scores or ranks) with lookup by node id. `get` returns a zero-copy view of one node's row,
 * indexed like `units`; do not write into it.
 */
export class NodeTable {
  constructor(
    readonly ids: readonly string[],
    readonly units: readonly string[],
    readonly matrix: Float64Array,
    private readonly rowOf: ReadonlyMap<string, number>,
  ) {}

  /** @throws RangeError for an unknown node id. */
  get(nodeId: string): Float64Array {
    const n = this.units.length;
    const row = this.row(nodeId);
    return this.matrix.subarray(row * n, (row + 1) * n);
  }

  /** One cell; NaN when missing. */
  at(nodeId: string, unit: string): number {
    const u = this.units.indexOf(unit);
    if (u < 0) throw new RangeError(`NodeTable: unknown unit "${unit}"`);
    return this.get(nodeId)[u];
  }

  row(nodeId: string): number {
    const row = this.rowOf.get(nodeId);
    if (row === undefined) throw new RangeError(`NodeTable: unknown node "${nodeId}"`);
    return row;
  }
}
