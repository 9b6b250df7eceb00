/**
 * What every file of a publication says about its status: a draft (not published, under embargo) and synthetic demo
 * data are marked on every sheet (banner), in every CSV row (note column), in every chart footnote, on every
 * factsheet (banner and footer), in the data dictionary and in manifest.json (`status`, `synthetic`, `note`). A
 * published run of real data carries no mark. Every file NAME carries them too (`fileMark`): `rating-2019-DRAFT.xlsx`,
 * `ranking-2019-SYNTHETIC.csv`, `charts/tile-map-DRAFT-SYNTHETIC.png`, `factsheets/RU-SA-DRAFT.html`,
 * `manifest-DRAFT.json`; a published run of real data keeps plain names.
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

/** The marks a file name can carry, the empty one (a published run of real data) first. */
export const FILE_MARKS = ['', '-DRAFT', '-SYNTHETIC', '-DRAFT-SYNTHETIC'] as const;
export type FileMark = (typeof FILE_MARKS)[number];

/** The mark of every file name of a run's export: '-DRAFT', '-SYNTHETIC', both, or '' for a published real run. */
export function fileMark(run: { readonly status: string }, synthetic: boolean): FileMark {
  const draft = run.status === 'draft';
  return draft && synthetic ? '-DRAFT-SYNTHETIC' : draft ? '-DRAFT' : synthetic ? '-SYNTHETIC' : '';
}

/** The file-name mark of a publication model (see fileMark). */
export const modelFileMark = (model: Pick<PublicationModel, 'run' | 'synthetic'>): FileMark =>
  fileMark(model.run, model.synthetic);
