/**
 * Reading method parameters out of JSON-shaped specs, with one error format:
 * `<method>: parameter "<name>" <problem>`.
 */
export interface MethodSpec {
  readonly method: string;
  readonly [param: string]: unknown;
}

/** A finite number parameter, or `fallback` when absent. @throws RangeError when present but not finite, or absent without fallback. */
export function numberParam(spec: MethodSpec, name: string, fallback?: number): number {
  const value = spec[name];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${spec.method}: parameter "${name}" must be a finite number (got ${JSON.stringify(value)})`);
  }
  return value;
}

/** A [low, high] pair with low < high, default [0, 100]. @throws RangeError otherwise. */
export function rangeParam(spec: MethodSpec, fallback: readonly [number, number] = [0, 100]): [number, number] {
  const value = spec.range ?? fallback;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => typeof v === 'number' && Number.isFinite(v)) ||
    !(value[0] < value[1])
  ) {
    throw new RangeError(
      `${spec.method}: parameter "range" must be [low, high] with low < high (got ${JSON.stringify(value)})`,
    );
  }
  return [value[0], value[1]];
}

/** One of a closed set of string options, or `fallback` when absent. @throws RangeError otherwise. */
export function optionParam<T extends string>(spec: MethodSpec, name: string, options: readonly T[], fallback: T): T {
  const value = spec[name] ?? fallback;
  if (!options.includes(value as T)) {
    throw new RangeError(
      `${spec.method}: parameter "${name}" must be one of ${options.join(', ')} (got ${JSON.stringify(value)})`,
    );
  }
  return value as T;
}

/** A boolean parameter, or `fallback` when absent. */
export function booleanParam(spec: MethodSpec, name: string, fallback: boolean): boolean {
  const value = spec[name] ?? fallback;
  if (typeof value !== 'boolean') throw new RangeError(`${spec.method}: parameter "${name}" must be true or false`);
  return value;
}
