/** Sheet names and fixed texts of the workbook in both publication languages. */
import type { Lang } from '../model.js';

export const SHEETS = {
  ranking: { ru: 'Рейтинг', en: 'Ranking' },
  services: { ru: 'Услуги', en: 'Services' },
  stages: { ru: 'Этапы', en: 'Stages' },
  indicators: { ru: 'Показатели', en: 'Indicators' },
  robustness: { ru: 'Устойчивость', en: 'Robustness' },
  methodology: { ru: 'Методика', en: 'Methodology' },
  inputs: { ru: 'Исходные данные', en: 'Inputs' },
  about: { ru: 'О публикации', en: 'About' },
} as const;

export type SheetKey = keyof typeof SHEETS;

/** The banner of every sheet of a synthetic run (and nothing otherwise). */
export function syntheticBanner(synthetic: boolean, lang: Lang): string | null {
  if (!synthetic) return null;
  return lang === 'ru'
    ? 'SYNTHETIC DEMO DATA — синтетические демонстрационные данные, не официальная статистика'
    : 'SYNTHETIC DEMO DATA — generated for demonstration, not official statistics';
}

export const t = (lang: Lang, ru: string, en: string): string => (lang === 'ru' ? ru : en);
