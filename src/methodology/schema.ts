/**
 * The methodology document (JSON), validated with zod. A document may contain templates (`forEach` entries in
 * `indicators` and in any `children` list); expand.ts turns them into concrete entries, after which the same schema
 * validates the result again. Every field is documented in docs/methodology.md.
 */
import { z } from 'zod';
import { UncertaintySpecSchema } from '../core/analysis/assumptions.js';

/** The current format version, recorded in each document's `format` field. */
export const METHODOLOGY_FORMAT = 'egov-methodology/1';

/** A method and its parameters: `{ "method": "min-max", "range": [0, 100] }`. Parameters are checked when the build runs. */
export const MethodSpecSchema = z.object({ method: z.string().min(1) }).catchall(z.unknown());

/** Fields that may hold a `{list.field}` placeholder inside a template. */
const numberOrPlaceholder = z.union([z.number(), z.string().regex(/\{[^}]+\}/, 'a number or a {placeholder}')]);

const TemplateFields = {
  /** Repeat this entry once per item of the named list (e.g. "service"); placeholders {service.id} are filled in. */
  forEach: z.string().min(1).optional(),
  /** Keep only list items whose fields equal these values (placeholders allowed), e.g. { "stage_id": "{stage.id}" }. */
  where: z.record(z.string(), z.string()).optional(),
};

export const IndicatorEntrySchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    unit: z.string().optional(),
    direction: z.union([z.literal(1), z.literal(-1), z.string().regex(/\{[^}]+\}/)]),
    transforms: z.array(MethodSpecSchema).optional(),
    /** Normaliser of this indicator; the document's `normalisation` when absent. */
    normaliser: MethodSpecSchema.optional(),
    /** Text labels to numbers when reading files, e.g. { "yes": 1, "partial": 0.5, "no": 0 }. */
    categories: z.record(z.string(), z.number()).optional(),
    /** false keeps the indicator out of outlier treatment. */
    treatOutliers: z.boolean().optional(),
    /**
     * The values the indicator can take in its own unit, for explanations (gap closers suggest only these): whole
     * numbers (`integer`), bounds (`min`, `max`), or a list (`values`); with `categories`, their numbers are the list.
     */
    domain: z
      .object({
        values: z.array(z.number()).min(1).optional(),
        integer: z.boolean().optional(),
        min: z.number().optional(),
        max: z.number().optional(),
      })
      .strict()
      .optional(),
    /** Divide by a data column before anything else: x' = scale · x / data[by] (COINr's Denominate). */
    denominator: z
      .object({
        by: z.string().min(1),
        scale: z.number().positive().finite().optional(),
      })
      .strict()
      .optional(),
    ...TemplateFields,
  })
  .strict();

export interface TreeEntry {
  id?: string;
  label?: string;
  weight?: number | string;
  aggregation?: z.infer<typeof MethodSpecSchema>;
  indicator?: string;
  spec?: string;
  forEach?: string;
  where?: Record<string, string>;
  children?: TreeEntry[];
}

export const TreeEntrySchema: z.ZodType<TreeEntry> = z.lazy(() =>
  z
    .object({
      /** Node id; a leaf's id defaults to its `indicator`. */
      id: z.string().min(1).optional(),
      label: z.string().optional(),
      /** Weight relative to the siblings (default 1). */
      weight: numberOrPlaceholder.optional(),
      /** Aggregation of this node's children; the document's `aggregation` when absent. */
      aggregation: MethodSpecSchema.optional(),
      /** Leaves: the data column this leaf reads. */
      indicator: z.string().min(1).optional(),
      /** Leaves: the id of the `indicators` entry describing it (default: `indicator`). */
      spec: z.string().min(1).optional(),
      ...TemplateFields,
      children: z.array(TreeEntrySchema).min(1).optional(),
    })
    .strict()
    .superRefine((node, ctx) => {
      if (node.forEach !== undefined) return;
      if ((node.indicator === undefined) === (node.children === undefined)) {
        ctx.addIssue({
          code: 'custom',
          message: 'a tree entry needs exactly one of "indicator" (a leaf) or "children" (an aggregate)',
        });
      }
      if (node.children !== undefined && node.id === undefined)
        ctx.addIssue({ code: 'custom', message: 'an aggregate needs an "id"' });
    }),
);

/** A band's name: `{ ru, en }`, or one string used in both languages (older documents). */
const BandNameSchema = z.union([
  z.string().min(1),
  z.object({ ru: z.string().min(1), en: z.string().min(1) }).strict(),
]);

const BandSchema = z.union([
  z
    .object({
      node: z.string(),
      by: z.literal('thresholds'),
      bands: z.array(z.object({ label: BandNameSchema, min: z.number() }).strict()).min(1),
    })
    .strict(),
  z.object({ node: z.string(), by: z.literal('quantiles'), labels: z.array(BandNameSchema).min(2) }).strict(),
]);

export const MethodologySchema = z
  .object({
    format: z.literal(METHODOLOGY_FORMAT),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"'),
    version: z.string().min(1),
    name: z.string().min(1),
    description: z.string().optional(),
    /**
     * The document's texts in Russian, for Russian pages and files: its name, description and source, and the labels
     * of nodes the catalogue does not name (the index, groups), by node id. Absent texts fall back to the originals.
     */
    ru: z
      .object({
        name: z.string().min(1).optional(),
        description: z.string().min(1).optional(),
        source: z.string().min(1).optional(),
        labels: z.record(z.string(), z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    /** Where the method comes from and under which licence; "synthetic" when it is invented for the demo. */
    source: z.string().optional(),
    /** Lists the templates iterate over, when they are part of the document (others are passed in by the caller). */
    lists: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number()])))).optional(),
    indicators: z.array(IndicatorEntrySchema).min(1),
    tree: TreeEntrySchema,
    normalisation: MethodSpecSchema,
    aggregation: MethodSpecSchema,
    /**
     * Aggregation by tree level (as COINr's Aggregate by level): level number (leaves are 1, a parent one above its
     * highest child) → method. A node's own `aggregation` comes first, then its level's, then `aggregation`.
     */
    aggregationByLevel: z
      .record(z.string().regex(/^[1-9]\d*$/, 'a level number (2, 3, …)'), MethodSpecSchema)
      .optional(),
    missing: z
      .object({
        impute: z.object({ method: z.string(), group: z.string().optional() }).strict().default({ method: 'none' }),
        /** Minimum share (0–1) of a node's children that must be present for the node to be scored (default 0). */
        minShare: z.number().min(0).max(1).default(0),
      })
      .strict()
      .default({ impute: { method: 'none' }, minShare: 0 }),
    /** Data-driven weights for the nodes of one level (replacing their tree weights): PCA or correlation balance. */
    weighting: z
      .object({
        method: z.enum(['pca', 'balance']),
        /** The level whose node weights are derived (1 = indicators, the default). */
        level: z.number().int().min(1).optional(),
        /** pca: a negative loading is an error (default) or becomes 0. */
        negative: z.enum(['error', 'zero']).optional(),
        /** balance: target importance of each node of the level (default equal). */
        targets: z.record(z.string(), z.number().positive()).optional(),
      })
      .strict()
      .optional(),
    /** Unit screening by data availability (COINr's Screen, "byNA"); absent: no unit is screened. */
    screening: z
      .object({
        /** Minimum share (0–1) of present indicator values a unit needs to stay in (COINr dat_thresh). */
        threshold: z.number().min(0).max(1),
        /** 'raw': availability of the data as given; 'imputed' (default): after imputation, as COINr's example. */
        basis: z.enum(['raw', 'imputed']).optional(),
        /** Units kept / screened out whatever their data availability. */
        include: z.array(z.string().min(1)).optional(),
        exclude: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    outliers: z
      .object({
        method: z.enum(['none', 'coinr', 'coinr-treat']),
        skewness: z.number().positive().optional(),
        kurtosis: z.number().optional(),
        maxWinsorised: z.number().int().min(0).optional(),
        /** 'coinr-treat': COINr's winmax (points at the treated extreme before giving up and taking the log). */
        winmax: z.number().int().min(0).optional(),
      })
      .strict()
      .default({ method: 'none' }),
    rounding: z.object({ decimals: z.number().int().min(0).max(15) }).strict(),
    rank: z
      .object({
        ties: z.literal('min'),
        decimals: z.number().int().min(0).max(15).optional(),
        order: z.enum(['desc', 'asc']).optional(),
      })
      .strict(),
    bands: z.array(BandSchema).default([]),
    /** The robustness analysis of `egov analyse` (src/core/analysis/assumptions.ts); the build itself ignores it. */
    uncertainty: UncertaintySpecSchema.optional(),
  })
  .strict();

export type Methodology = z.infer<typeof MethodologySchema>;
export type IndicatorEntry = z.infer<typeof IndicatorEntrySchema>;
