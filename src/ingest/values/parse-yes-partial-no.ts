/**
 * Reads a yes/partial/no check: да/частично/нет, yes/partial/no (any case), or the numbers 1 / 0.5 (0,5) / 0.
 * Returns 1, 0.5 or 0; null for anything else.
 */
import { parseNumber } from './parse-number.js';

const WORDS: Record<string, number> = { да: 1, yes: 1, частично: 0.5, partial: 0.5, нет: 0, no: 0 };

export function parseYesPartialNo(text: string): number | null {
  const word = WORDS[text.normalize('NFC').trim().toLowerCase()];
  if (word !== undefined) return word;
  const value = parseNumber(text);
  return value === 0 || value === 0.5 || value === 1 ? value : null;
}
