/**
 * The human summary of a programme report, for a CLI command or a plain-text export: a heading with the
 * scope and year, the synthetic-data notice when it applies, then the three answers (see answers.ts).
 */
import { answerProgrammeQuestions } from './answers.js';
import type { ProgrammeLang } from './labels.js';
import type { ProgrammeReport } from './report.js';

const HEADINGS = {
  ru: {
    title: 'Программная аналитика',
    adoption: 'Использование электронных услуг',
    channels: 'Каналы',
    mobile: 'Мобильные офисы',
    money: 'Расходы и результаты',
  },
  en: {
    title: 'Programme analytics',
    adoption: 'E-service use',
    channels: 'Channels',
    mobile: 'Mobile offices',
    money: 'Money against results',
  },
} as const;

/** Multi-line text: heading, optional notice, and one paragraph per question. */
export function programmeSummaryText(report: ProgrammeReport, lang: ProgrammeLang): string {
  const h = HEADINGS[lang];
  const answers = answerProgrammeQuestions(report, lang);
  const scope = report.region
    ? lang === 'ru'
      ? report.region.nameRu
      : report.region.nameEn
    : lang === 'ru'
      ? 'Россия'
      : 'Russia';
  return [
    `${h.title}: ${scope}, ${report.year}`,
    ...(answers.notice ? [answers.notice] : []),
    `${h.adoption}: ${answers.adoption}`,
    `${h.channels}: ${answers.channels}`,
    `${h.mobile}: ${answers.mobileOffices}`,
    `${h.money}: ${answers.money}`,
  ].join('\n');
}
