/**
 * From a validated methodology document to the concrete form the core compiles (ExpandedMethodology): templates
 * expanded, defaults applied, leaves joined to their indicator entries, levels computed (1 = indicator, rising to
 * the root), and every method name checked against the core's registries.
 */
import type { ExpandedMethodology } from '../core/expanded.js';
import type { TreeNode } from '../core/tree.js';
import type { Direction, IndicatorDomain } from '../core/spec.js';
import { AGGREGATORS } from '../core/aggregate/registry.js';
import { IMPUTERS } from '../core/impute/registry.js';
import { NORMALISERS } from '../core/normalise/registry.js';
import { TRANSFORMS } from '../core/transform/transforms.js';
import { MethodologyError } from './errors.js';
import type { IndicatorEntry, Methodology, TreeEntry } from './schema.js';
import type { Lists } from './templates.js';
import { expandTemplates } from './templates.js';

export interface ExpandedDocument {
  /** The concrete document (templates expanded). */
  readonly document: Methodology;
  readonly expanded: ExpandedMethodology;
  /** Data column -> text-label map, for columns whose indicator entry has `categories`. */
  readonly categories: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

/** Validates a JSON value as a methodology document (parse.ts: the zod schema, or the quick check before it). */
export type ParseMethodology = (json: unknown) => Methodology;

/**
 * Expands and checks a document (already validated by `parse`, which validates the expanded document again). The
 * parser is passed in so this module does not load zod: parse.ts gives `expandMethodology` with the schema.
 * @throws MethodologyError naming the JSON path of the first problem.
 */
export function expandWith(doc: Methodology, lists: Lists, parse: ParseMethodology): ExpandedDocument {
  const concrete = parseConcrete(expandTemplates(doc, lists), parse);
  const entries = new Map<string, IndicatorEntry>();
  concrete.indicators.forEach((entry, i) => {
    if (entries.has(entry.id)) throw new MethodologyError(`indicators[${i}].id`, `duplicate indicator "${entry.id}"`);
    checkMethods(entry.transforms ?? [], TRANSFORMS, `indicators[${i}].transforms`);
    if (entry.normaliser) checkMethods([entry.normaliser], NORMALISERS, `indicators[${i}].normaliser`);
    entries.set(entry.id, entry);
  });
  checkMethods([concrete.normalisation], NORMALISERS, 'normalisation');
  checkMethods([concrete.aggregation], AGGREGATORS, 'aggregation');
  for (const [level, spec] of Object.entries(concrete.aggregationByLevel ?? {}))
    checkMethods([spec], AGGREGATORS, `aggregationByLevel.${level}`);
  checkMethods([concrete.missing.impute], IMPUTERS, 'missing.impute');
  const nodes: TreeNode[] = [];
  const categories = new Map<string, Readonly<Record<string, number>>>();
  const ids = new Set<string>();
  const walk = (entry: TreeEntry, parent: string | null, path: string): number => {
    const id = entry.id ?? entry.indicator!;
    if (ids.has(id)) throw new MethodologyError(`${path}.id`, `duplicate node "${id}"`);
    ids.add(id);
    const weight = entry.weight ?? 1;
    if (typeof weight !== 'number' || !(weight >= 0) || !Number.isFinite(weight)) {
      throw new MethodologyError(`${path}.weight`, `expected a finite number ≥ 0 (got ${JSON.stringify(weight)})`);
    }
    const base = { id, parent, weight, ...(entry.label === undefined ? {} : { label: entry.label }) };
    if (entry.children === undefined) {
      const specId = entry.spec ?? entry.indicator!;
      const spec = entries.get(specId);
      if (!spec)
        throw new MethodologyError(`${path}.${entry.spec ? 'spec' : 'indicator'}`, `no indicator entry "${specId}"`);
      if (spec.categories) categories.set(id, spec.categories);
      nodes.push({
        ...base,
        level: 1,
        indicator: {
          direction: spec.direction as Direction,
          normaliser: spec.normaliser ?? concrete.normalisation,
          ...(spec.transforms ? { transforms: spec.transforms } : {}),
          ...(spec.treatOutliers === undefined ? {} : { treatOutliers: spec.treatOutliers }),
          ...(spec.denominator ? { denominator: spec.denominator } : {}),
          ...domainOf(spec),
        },
      });
      return 1;
    }
    if (entry.aggregation) checkMethods([entry.aggregation], AGGREGATORS, `${path}.aggregation`);
    const position = nodes.length;
    nodes.push({ ...base, level: 0 });
    const level = 1 + Math.max(...entry.children.map((child, i) => walk(child, id, `${path}.children[${i}]`)));
    const aggregation = entry.aggregation ?? concrete.aggregationByLevel?.[String(level)];
    nodes[position] = { ...base, level, ...(aggregation ? { aggregation } : {}) };
    return level;
  };
  walk(concrete.tree, null, 'tree');
  const aggregateLevels = new Set(nodes.filter((n) => n.indicator === undefined).map((n) => String(n.level)));
  for (const level of Object.keys(concrete.aggregationByLevel ?? {}))
    if (!aggregateLevels.has(level))
      throw new MethodologyError(
        `aggregationByLevel.${level}`,
        `no aggregate node has level ${level} (levels: ${[...aggregateLevels].sort().join(', ')})`,
      );
  for (const band of concrete.bands)
    if (!ids.has(band.node)) throw new MethodologyError('bands', `unknown node "${band.node}"`);
  const expanded: ExpandedMethodology = {
    id: concrete.id,
    version: concrete.version,
    tree: { nodes, root: nodes[0].id },
    missing: { impute: concrete.missing.impute, minShare: concrete.missing.minShare },
    ...(concrete.screening ? { screening: concrete.screening } : {}),
    ...(concrete.weighting ? { weighting: concrete.weighting } : {}),
    outliers: concrete.outliers,
    aggregation: concrete.aggregation,
    rounding: concrete.rounding,
    rank: concrete.rank,
    bands: concrete.bands,
  };
  return { document: concrete, expanded, categories };
}

function parseConcrete(doc: Methodology, parse: ParseMethodology): Methodology {
  const concrete = parse(doc);
  const stray = JSON.stringify(concrete).match(/\{[A-Za-z_]\w*\.[A-Za-z_]\w*\}/);
  if (stray) throw new MethodologyError('', `placeholder ${stray[0]} is outside any forEach`);
  return concrete;
}

function checkMethods(specs: readonly { method: string }[], registry: object, path: string): void {
  specs.forEach((spec, i) => {
    if (!Object.hasOwn(registry, spec.method)) {
      const at = specs.length === 1 && !path.endsWith('transforms') ? `${path}.method` : `${path}[${i}].method`;
      throw new MethodologyError(at, `unknown method "${spec.method}" (known: ${Object.keys(registry).join(', ')})`);
    }
  });
}

/** The indicator's domain: as declared, with the numbers of its `categories` as the list of values when none is given. */
function domainOf(spec: IndicatorEntry): { domain?: IndicatorDomain } {
  const values =
    spec.domain?.values ??
    (spec.categories ? [...new Set(Object.values(spec.categories))].sort((a, b) => a - b) : undefined);
  const domain = { ...spec.domain, ...(values ? { values } : {}) };
  return Object.keys(domain).length === 0 ? {} : { domain };
}
