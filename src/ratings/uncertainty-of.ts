/**
 * The uncertainty spec a run is rated with and stored with: the `uncertainty` section of its methodology document,
 * else the spec shipped beside a preset (`data/methodologies/<id>.uncertainty.json`), else none.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import { parseUncertaintySpec } from '../robustness-runs/load-analysis-inputs.js';
import { PRESETS_DIR } from './resolve-methodology.js';

export function presetUncertainty(methodologyId: string): UncertaintySpec | null {
  const path = `${PRESETS_DIR}${methodologyId}.uncertainty.json`;
  if (!existsSync(path)) return null;
  return parseUncertaintySpec(JSON.parse(readFileSync(path, 'utf8')), path);
}

export function uncertaintyOf(document: unknown, methodologyId: string, hash: string): UncertaintySpec | null {
  const section = (document as { uncertainty?: unknown } | null)?.uncertainty;
  if (section !== undefined) return parseUncertaintySpec(section, `methodology ${hash.slice(0, 12)} uncertainty`);
  return presetUncertainty(methodologyId);
}
