/**
 * Loads and validates the demo parameters (data/demo/parameters.json), with per-call overrides of the seed, the
 * number of applications and the years. Invalid parameters throw one RangeError listing every problem.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../project-root.js';
import type { DemoParameters } from './generate/parameters.js';

export const DEMO_PARAMETERS_PATH = projectPath('data', 'demo', 'parameters.json');

const year = z.number().int().min(2000).max(2100);
const probability = z.number().min(0).max(1);

const DemoParametersSchema = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  years: z
    .array(year)
    .min(1)
    .refine((ys) => new Set(ys).size === ys.length, 'years must be distinct'),
  applications: z.number().int().min(0).max(2_000_000_000),
  applicationYearGrowth: z.number().min(-0.5).max(1),
  minApplicationsPerCell: z.number().int().min(0).max(1000),
  targetYears: z.array(year).min(1),
  regionsWithoutTarget: z.number().int().min(0).max(85),
  missingRate: z.object({ strongest: probability, weakest: probability }),
  outlierRate: probability,
  stuckApplicationRate: probability,
  yearlyGrowth: z
    .object({ min: z.number(), max: z.number() })
    .refine((g) => g.min <= g.max, 'yearlyGrowth.min must not exceed max'),
  documentDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'documentDate must be ISO 8601 UTC like 2020-02-01T00:00:00Z'),
  extractionMonthDay: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'extractionMonthDay must look like 01-20'),
});

export interface DemoOverrides {
  seed?: number;
  applications?: number;
  years?: number[];
}

/** Validated parameters from an object. @throws RangeError listing every invalid field */
export function parseDemoParameters(raw: unknown, overrides: DemoOverrides = {}): DemoParameters {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const parsed = DemoParametersSchema.safeParse({ ...(raw as object), ...defined });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new RangeError(`invalid demo parameters: ${issues}`);
  }
  return {
    ...parsed.data,
    years: [...parsed.data.years].sort((a, b) => a - b),
    targetYears: [...parsed.data.targetYears].sort((a, b) => a - b),
  };
}

/** Reads data/demo/parameters.json (or `path`) and applies the overrides. */
export function loadDemoParameters(overrides: DemoOverrides = {}, path: string = DEMO_PARAMETERS_PATH): DemoParameters {
  return parseDemoParameters(JSON.parse(readFileSync(path, 'utf8')), overrides);
}
