/**
 * A number with exactly `decimals` decimals in a page language: decimal comma in Russian, point in English, no
 * grouping of thousands (scores and shares stay below 1000 and read as in the tables). Rounding half away from zero,
 * as the published tables (roundTo), so a page and a file show the same digits.
 * @example formatFixed(85.347, 2, 'ru') // => '85,35'
 */
import { roundTo } from '../core/rank/round.js';

export function formatFixed(value: number, decimals: number, lang: 'ru' | 'en'): string {
  const text = roundTo(value, decimals).toFixed(decimals);
  return lang === 'ru' ? text.replace('.', ',') : text;
}
