/**
 * Short method texts for the workbook's Methodology sheet, in Russian and English: how a node is computed from its
 * stored method JSON, e.g. «целевые столбы [0; 30] → 0–100, меньше — лучше» / "goalposts [0; 30] → 0–100, lower is
 * better", or «среднее арифметическое» / "arithmetic mean". An aggregate without its own spec ({}) uses the
 * methodology's default aggregation. A method this list does not know keeps its identifier in both languages.
 */
import type { Localised } from './model.js';

const METHOD_WORDS: Record<string, Localised> = {
  goalposts: { ru: 'целевые столбы', en: 'goalposts' },
  'min-max': { ru: 'мин-макс', en: 'min-max' },
  minmax: { ru: 'мин-макс', en: 'min-max' },
  'z-score': { ru: 'z-оценка', en: 'z-score' },
  zscore: { ru: 'z-оценка', en: 'z-score' },
  rank: { ru: 'место', en: 'rank' },
  'percentile-rank': { ru: 'процентильный ранг', en: 'percentile rank' },
  'distance-to-target': { ru: 'расстояние до цели', en: 'distance to target' },
  'distance-to-best': { ru: 'расстояние до лучшего', en: 'distance to best' },
  arithmetic: { ru: 'среднее арифметическое', en: 'arithmetic mean' },
  geometric: { ru: 'среднее геометрическое', en: 'geometric mean' },
  harmonic: { ru: 'среднее гармоническое', en: 'harmonic mean' },
  generalised: { ru: 'степенное среднее', en: 'generalised mean' },
  copeland: { ru: 'метод Коупленда', en: 'Copeland' },
};

/** The name of a normalisation or aggregation method in both languages (its identifier when not in the list). */
export const methodName = (method: string): Localised => METHOD_WORDS[method] ?? { ru: method, en: method };

/** The method text of a node in both languages ('' for a node without a method and no default). */
export function describeMethod(method: unknown, defaultAggregation = ''): Localised {
  if (method === null || typeof method !== 'object' || Object.keys(method).length === 0) {
    return defaultAggregation ? methodName(defaultAggregation) : { ru: '', en: '' };
  }
  const m = method as Record<string, unknown>;
  const normaliser = m.normaliser as Record<string, unknown> | undefined;
  if (normaliser && typeof normaliser.method === 'string') {
    const goalposts =
      typeof normaliser.min === 'number' && typeof normaliser.max === 'number'
        ? ` [${normaliser.min}; ${normaliser.max}]`
        : '';
    const range = Array.isArray(normaliser.range) ? ` → ${normaliser.range.join('–')}` : '';
    const name = methodName(normaliser.method);
    const lower = m.direction === -1;
    return {
      ru: `${name.ru}${goalposts.replaceAll('.', ',')}${range.replaceAll('.', ',')}${lower ? ', меньше — лучше' : ''}`,
      en: `${name.en}${goalposts}${range}${lower ? ', lower is better' : ''}`,
    };
  }
  if (typeof m.method === 'string') return methodName(m.method);
  const text = JSON.stringify(method);
  return { ru: text, en: text };
}
