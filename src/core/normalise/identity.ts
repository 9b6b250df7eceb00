import type { Normaliser } from './normaliser.js';

/**
 * No rescaling, for indicators already on the common scale (e.g. the UN EGDI components, 0–1):
 * x' = direction · x. Missing stays missing.
 */
export const identity: Normaliser = (x, out, _spec, direction) => {
  for (let i = 0; i < x.length; i++) out[i] = direction * x[i];
};
