/**
 * A score gap to the next place, never shown as zero: two decimals (0.039 → "0.04"), or "< 0.01" when it rounds
 * to 0.00; decimal comma in Russian ("0,04", "< 0,01"). Regions that share a place have no gap to each other.
 * @example formatGap(0.039, 'ru') // => '0,04'
 * @example formatGap(0.004, 'en') // => '< 0.01'
 */
export function formatGap(gap: number, lang: 'ru' | 'en'): string {
  const text = gap < 0.005 ? '< 0.01' : gap.toFixed(2);
  return lang === 'ru' ? text.replace('.', ',') : text;
}
