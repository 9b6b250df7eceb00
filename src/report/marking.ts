/**
 * What every file of a publication says about its status: a draft (not published, under embargo) and synthetic demo
 * data are marked on every sheet (banner), in every CSV row (note column), in every chart footnote, on every
 * factsheet (banner and footer), in the data dictionary and in manifest.json (`status`, `synthetic`, `note`). A
 * published run of real data carries no mark. (File names do not carry the marks yet.)
 */
import type { Lang, PublicationModel } from './model.js';

export const DRAFT_TEXT = {
  ru: 'ЧЕРНОВИК — не опубликован, под эмбарго',
  en: 'DRAFT — not published, under embargo',
} as const;
export const SYNTHETIC_TEXT = { ru: 'СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ', en: 'SYNTHETIC DEMO DATA' } as const;

export const isDraft = (model: Pick<PublicationModel, 'run'>): boolean => model.run.status === 'draft';

/** The words of the marks in one language ("DRAFT … · SYNTHETIC …"), or null for a published run of real data. */
export function markText(model: Pick<PublicationModel, 'run' | 'synthetic'>, lang: Lang): string | null {
  const parts = [isDraft(model) ? DRAFT_TEXT[lang] : null, model.synthetic ? SYNTHETIC_TEXT[lang] : null].filter(
    (p) => p !== null,
  );
  return parts.length ? parts.join(' · ') : null;
}

/** The marks for places read in any language (CSV note column, manifest note): English words, upper case first. */
export function markNote(model: Pick<PublicationModel, 'run' | 'synthetic'>): string | null {
  return markText(model, 'en');
}
