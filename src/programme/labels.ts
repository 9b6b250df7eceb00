/** Russian and English labels of the programme analytics: statuses, channels and the synthetic-data notice. */
import type { AdoptionStatus, ApplicationChannel, FrontierExclusion } from '../core/programme/index.js';

export const PROGRAMME_LANGS = ['ru', 'en'] as const;
export type ProgrammeLang = (typeof PROGRAMME_LANGS)[number];
export interface Bilingual {
  readonly ru: string;
  readonly en: string;
}

export const STATUS_LABELS: Readonly<Record<AdoptionStatus, Bilingual>> = {
  met: { ru: 'достигнуто', en: 'met' },
  on_track: { ru: 'в графике', en: 'on track' },
  behind: { ru: 'отставание', en: 'behind' },
  no_target: { ru: 'нет цели', en: 'no target' },
};

export const CHANNEL_LABELS: Readonly<Record<ApplicationChannel | 'all', Bilingual>> = {
  portal: { ru: 'портал госуслуг', en: 'portal' },
  mfc: { ru: 'МФЦ', en: 'MFC' },
  mobile_office: { ru: 'мобильный офис', en: 'mobile office' },
  paper: { ru: 'бумажное заявление', en: 'paper' },
  all: { ru: 'все каналы', en: 'all channels' },
};

export const SYNTHETIC_NOTICE: Bilingual = {
  ru: 'СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ',
  en: 'SYNTHETIC DEMO DATA',
};

export const EXCLUSION_LABELS: Readonly<Record<FrontierExclusion, Bilingual>> = {
  no_score: { ru: 'нет балла рейтинга за период', en: 'no rating score for the period' },
  no_spending: { ru: 'расходы не представлены', en: 'no programme spending reported' },
  no_population: { ru: 'нет численности населения', en: 'no population to divide by' },
};
