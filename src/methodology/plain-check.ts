/**
 * A quick check of a methodology document without zod: the same rules as MethodologySchema (schema.ts) for a document
 * that meets them, giving the same value zod gives (defaults filled in, keys in the schema's order), or undefined for
 * anything else. undefined means "not plainly valid": the caller then runs the zod schema, which accepts or names the
 * first problem, so messages still come from one place. A document with an `uncertainty` section always goes to zod.
 *
 * Why: loading zod (95 modules) and building the schemas was a third of `egov score`'s run. The check never accepts
 * what the schema refuses, nor returns a different value (test/methodology/plain-check.test.ts compares both on every
 * methodology of the repository and on documents with each kind of fault).
 */
import type { Methodology } from './schema.js';

/** Thrown inside the check when the document is not plainly valid; never leaves this module. */
const NOT_PLAIN = Symbol('not plainly valid');

function fail(): never {
  throw NOT_PLAIN;
}

type Obj = Record<string, unknown>;

/** The document as the schema would give it, or undefined when it is not plainly valid (ask the schema). */
export function plainMethodology(json: unknown): Methodology | undefined {
  try {
    return methodology(json) as Methodology;
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

function object(value: unknown, keys?: readonly string[]): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || (keys && !keys.includes(key))) fail();
    if ((value as Obj)[key] === undefined) fail();
  }
  return value as Obj;
}

function string(value: unknown, min = 0, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.length < min || (pattern && !pattern.test(value))) fail();
  return value;
}

interface NumberRule {
  min?: number;
  max?: number;
  /** Greater than 0. */
  positive?: boolean;
  integer?: boolean;
}

function number(value: unknown, rule: NumberRule = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail();
  if (rule.integer && !Number.isSafeInteger(value)) fail();
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) fail();
  if (rule.positive && !(value > 0)) fail();
  return value;
}

function boolean(value: unknown): boolean {
  if (typeof value !== 'boolean') fail();
  return value;
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T {
  if (!options.includes(value as T)) fail();
  return value as T;
}

function array<T>(value: unknown, item: (v: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value) || value.length < min) fail();
  return value.map((v) => item(v));
}

function record<T>(value: unknown, item: (v: unknown) => T, key?: RegExp): Record<string, T> {
  const o = object(value);
  const out: Record<string, T> = {};
  for (const k of Object.keys(o)) {
    if (key && !key.test(k)) fail();
    out[k] = item(o[k]);
  }
  return out;
}

/** Copies `key` through `parse` when present (an optional field). */
function maybe(out: Obj, from: Obj, key: string, parse: (v: unknown) => unknown): void {
  if (from[key] !== undefined) out[key] = parse(from[key]);
}

const PLACEHOLDER = /\{[^}]+\}/;

/** `{ "method": "…", …params }`: the method first, then the other fields as written. */
function methodSpec(value: unknown): Obj {
  const o = object(value);
  const out: Obj = { method: string(o.method, 1) };
  for (const key of Object.keys(o)) if (key !== 'method') out[key] = o[key];
  return out;
}

const INDICATOR_KEYS = [
  'id',
  'name',
  'unit',
  'direction',
  'transforms',
  'normaliser',
  'categories',
  'treatOutliers',
  'domain',
  'denominator',
  'forEach',
  'where',
] as const;

function indicator(value: unknown): Obj {
  const o = object(value, INDICATOR_KEYS);
  const out: Obj = { id: string(o.id, 1) };
  maybe(out, o, 'name', string);
  maybe(out, o, 'unit', string);
  const direction = o.direction;
  out.direction = direction === 1 || direction === -1 ? direction : string(direction, 0, PLACEHOLDER);
  maybe(out, o, 'transforms', (v) => array(v, methodSpec));
  maybe(out, o, 'normaliser', methodSpec);
  maybe(out, o, 'categories', (v) => record(v, (x) => number(x)));
  maybe(out, o, 'treatOutliers', boolean);
  maybe(out, o, 'domain', (v) => {
    const d = object(v, ['values', 'integer', 'min', 'max']);
    const domain: Obj = {};
    maybe(domain, d, 'values', (x) => array(x, (n) => number(n), 1));
    maybe(domain, d, 'integer', boolean);
    maybe(domain, d, 'min', (x) => number(x));
    maybe(domain, d, 'max', (x) => number(x));
    return domain;
  });
  maybe(out, o, 'denominator', (v) => {
    const d = object(v, ['by', 'scale']);
    const denominator: Obj = { by: string(d.by, 1) };
    maybe(denominator, d, 'scale', (x) => number(x, { positive: true }));
    return denominator;
  });
  templateFields(out, o);
  return out;
}

function templateFields(out: Obj, o: Obj): void {
  maybe(out, o, 'forEach', (v) => string(v, 1));
  maybe(out, o, 'where', (v) => record(v, (x) => string(x)));
}

const TREE_KEYS = [
  'id',
  'label',
  'weight',
  'aggregation',
  'indicator',
  'spec',
  'forEach',
  'where',
  'children',
] as const;

function treeEntry(value: unknown): Obj {
  const o = object(value, TREE_KEYS);
  const out: Obj = {};
  maybe(out, o, 'id', (v) => string(v, 1));
  maybe(out, o, 'label', string);
  maybe(out, o, 'weight', (v) => (typeof v === 'number' ? number(v) : string(v, 0, PLACEHOLDER)));
  maybe(out, o, 'aggregation', methodSpec);
  maybe(out, o, 'indicator', (v) => string(v, 1));
  maybe(out, o, 'spec', (v) => string(v, 1));
  templateFields(out, o);
  maybe(out, o, 'children', (v) => array(v, treeEntry, 1));
  if (out.forEach === undefined) {
    if ((out.indicator === undefined) === (out.children === undefined)) fail();
    if (out.children !== undefined && out.id === undefined) fail();
  }
  return out;
}

function bandName(value: unknown): unknown {
  if (typeof value === 'string') return string(value, 1);
  const o = object(value, ['ru', 'en']);
  return { ru: string(o.ru, 1), en: string(o.en, 1) };
}

function band(value: unknown): Obj {
  const o = object(value);
  if (o.by === 'thresholds') {
    object(o, ['node', 'by', 'bands']);
    return {
      node: string(o.node),
      by: 'thresholds',
      bands: array(
        o.bands,
        (b) => {
          const entry = object(b, ['label', 'min']);
          return { label: bandName(entry.label), min: number(entry.min) };
        },
        1,
      ),
    };
  }
  if (o.by === 'quantiles') {
    object(o, ['node', 'by', 'labels']);
    return { node: string(o.node), by: 'quantiles', labels: array(o.labels, bandName, 2) };
  }
  return fail();
}

const METHODOLOGY_KEYS = [
  'format',
  'id',
  'version',
  'name',
  'description',
  'ru',
  'source',
  'lists',
  'indicators',
  'tree',
  'normalisation',
  'aggregation',
  'aggregationByLevel',
  'missing',
  'weighting',
  'screening',
  'outliers',
  'rounding',
  'rank',
  'bands',
] as const;

function methodology(value: unknown): Obj {
  // `uncertainty` is not among the keys: such a document is left to the schema.
  const o = object(value, METHODOLOGY_KEYS);
  const out: Obj = {
    format: oneOf(o.format, ['egov-methodology/1']),
    id: string(o.id, 0, /^[a-z0-9][a-z0-9._-]*$/),
    version: string(o.version, 1),
    name: string(o.name, 1),
  };
  maybe(out, o, 'description', string);
  maybe(out, o, 'ru', (v) => {
    const r = object(v, ['name', 'description', 'source', 'labels']);
    const ru: Obj = {};
    for (const key of ['name', 'description', 'source']) maybe(ru, r, key, (x) => string(x, 1));
    maybe(ru, r, 'labels', (x) => record(x, (label) => string(label, 1)));
    return ru;
  });
  maybe(out, o, 'source', string);
  maybe(out, o, 'lists', (v) =>
    record(v, (list) => array(list, (item) => record(item, (x) => (typeof x === 'number' ? number(x) : string(x))))),
  );
  out.indicators = array(o.indicators, indicator, 1);
  out.tree = treeEntry(o.tree);
  out.normalisation = methodSpec(o.normalisation);
  out.aggregation = methodSpec(o.aggregation);
  maybe(out, o, 'aggregationByLevel', (v) => record(v, methodSpec, /^[1-9]\d*$/));
  out.missing = o.missing === undefined ? { impute: { method: 'none' }, minShare: 0 } : missing(o.missing);
  maybe(out, o, 'weighting', (v) => {
    const w = object(v, ['method', 'level', 'negative', 'targets']);
    const weighting: Obj = { method: oneOf(w.method, ['pca', 'balance']) };
    maybe(weighting, w, 'level', (x) => number(x, { integer: true, min: 1 }));
    maybe(weighting, w, 'negative', (x) => oneOf(x, ['error', 'zero']));
    maybe(weighting, w, 'targets', (x) => record(x, (t) => number(t, { positive: true })));
    return weighting;
  });
  maybe(out, o, 'screening', (v) => {
    const s = object(v, ['threshold', 'basis', 'include', 'exclude']);
    const screening: Obj = { threshold: number(s.threshold, { min: 0, max: 1 }) };
    maybe(screening, s, 'basis', (x) => oneOf(x, ['raw', 'imputed']));
    maybe(screening, s, 'include', (x) => array(x, (u) => string(u, 1)));
    maybe(screening, s, 'exclude', (x) => array(x, (u) => string(u, 1)));
    return screening;
  });
  out.outliers = o.outliers === undefined ? { method: 'none' } : outliers(o.outliers);
  const rounding = object(o.rounding, ['decimals']);
  out.rounding = { decimals: number(rounding.decimals, { integer: true, min: 0, max: 15 }) };
  const rank = object(o.rank, ['ties', 'decimals', 'order']);
  out.rank = { ties: oneOf(rank.ties, ['min']) };
  maybe(out.rank as Obj, rank, 'decimals', (x) => number(x, { integer: true, min: 0, max: 15 }));
  maybe(out.rank as Obj, rank, 'order', (x) => oneOf(x, ['desc', 'asc']));
  out.bands = o.bands === undefined ? [] : array(o.bands, band);
  return out;
}

function missing(value: unknown): Obj {
  const m = object(value, ['impute', 'minShare']);
  let impute: Obj = { method: 'none' };
  if (m.impute !== undefined) {
    const i = object(m.impute, ['method', 'group']);
    impute = { method: string(i.method) };
    maybe(impute, i, 'group', string);
  }
  return { impute, minShare: m.minShare === undefined ? 0 : number(m.minShare, { min: 0, max: 1 }) };
}

function outliers(value: unknown): Obj {
  const o = object(value, ['method', 'skewness', 'kurtosis', 'maxWinsorised', 'winmax']);
  const out: Obj = { method: oneOf(o.method, ['none', 'coinr', 'coinr-treat']) };
  maybe(out, o, 'skewness', (x) => number(x, { positive: true }));
  maybe(out, o, 'kurtosis', (x) => number(x));
  maybe(out, o, 'maxWinsorised', (x) => number(x, { integer: true, min: 0 }));
  maybe(out, o, 'winmax', (x) => number(x, { integer: true, min: 0 }));
  return out;
}
