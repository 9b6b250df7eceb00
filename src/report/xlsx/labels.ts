/** Sheet names and fixed texts of the workbook in both publication languages. */
import type { Lang, PublicationModel } from '../model.js';
import { DRAFT_TEXT, isDraft } from '../marking.js';

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

/** The banner of every sheet of a draft or synthetic run (and nothing for a published run of real data). */
export function sheetBanner(model: Pick<PublicationModel, 'run' | 'synthetic'>, lang: Lang): string | null {
  const parts = [
    isDraft(model) ? DRAFT_TEXT[lang] : null,
    !model.synthetic
      ? null
      : lang === 'ru'
        ? 'SYNTHETIC DEMO DATA — синтетические демонстрационные данные, не официальная статистика'
        : 'SYNTHETIC DEMO DATA — generated for demonstration, not official statistics',
  ].filter((p) => p !== null);
  return parts.length ? parts.join(' · ') : null;
}

export const t = (lang: Lang, ru: string, en: string): string => (lang === 'ru' ? ru : en);
