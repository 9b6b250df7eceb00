/**
 * What-if edits from command-line words: `--weight NODE=W`, `--drop NODE`, `--normaliser JSON`, `--aggregation JSON`
 * (see core/what-if). Malformed words throw MethodologyError naming the option.
 */
import type { WhatIfEdit } from '../core/what-if.js';
import { MethodologyError } from '../methodology/errors.js';

export interface WhatIfWords {
  readonly weight?: readonly string[];
  readonly drop?: readonly string[];
  readonly normaliser?: string;
  readonly aggregation?: string;
}

export function whatIfEdits(words: WhatIfWords): WhatIfEdit[] {
  const edits: WhatIfEdit[] = [];
  for (const word of words.weight ?? []) {
    const match = /^(.+)=([0-9.eE+-]+)$/.exec(word);
    const weight = match ? Number(match[2]) : NaN;
    if (!match || !(weight >= 0) || !Number.isFinite(weight)) {
      throw new MethodologyError('--weight', `expected NODE=WEIGHT with a finite weight ≥ 0 (got "${word}")`);
    }
    edits.push({ kind: 'weight', node: match[1], weight });
  }
  for (const node of words.drop ?? []) edits.push({ kind: 'drop', node });
  if (words.normaliser !== undefined)
    edits.push({ kind: 'normaliser', normaliser: methodSpec('--normaliser', words.normaliser) });
  if (words.aggregation !== undefined)
    edits.push({ kind: 'aggregation', aggregation: methodSpec('--aggregation', words.aggregation) });
  return edits;
}

function methodSpec(option: string, text: string): { method: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = { method: text };
  }
  if (typeof value !== 'object' || value === null || typeof (value as { method?: unknown }).method !== 'string') {
    throw new MethodologyError(
      option,
      `expected a method name or a JSON method spec like {"method":"rank"} (got ${text})`,
    );
  }
  return value as { method: string };
}
