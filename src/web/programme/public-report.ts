/**
 * The public face of a ProgrammeReport. The analytics read only the year's published rating run, so draft scores
 * never enter the report; on top of that, while a year has no published rating the whole money section is held back
 * (`money: null`, embargo): spending figures without the rating they are set against would pre-announce the draft.
 */
import { answerProgrammeQuestions, type ProgrammeAnswers } from '../../programme/answers.js';
import type { Bilingual, ProgrammeLang } from '../../programme/labels.js';
import type { ProgrammeReport } from '../../programme/report.js';

export type PublicProgrammeReport = Omit<ProgrammeReport, 'money'> & {
  readonly money: ProgrammeReport['money'] | null;
};

export const MONEY_EMBARGO: Bilingual = {
  ru: 'Рейтинг этого года ещё не опубликован: раздел «Деньги и результаты» появится после публикации.',
  en: 'This year\'s rating is not published yet: "Money against results" appears once it is.',
};

const embargoed = (report: ProgrammeReport): boolean => report.money.ratingRunId === null;

/** The report with `money` set to null when no published rating run of the year fed it. */
export function publicProgrammeReport(report: ProgrammeReport): PublicProgrammeReport {
  return embargoed(report) ? { ...report, money: null } : report;
}

/** The three answers (answers.ts), with the money answer replaced by the embargo notice when the money is held back. */
export function publicProgrammeAnswers(report: ProgrammeReport, lang: ProgrammeLang): ProgrammeAnswers {
  const answers = answerProgrammeQuestions(report, lang);
  return embargoed(report) ? { ...answers, money: MONEY_EMBARGO[lang] } : answers;
}
