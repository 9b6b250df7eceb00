/**
 * `egov programme --year Y [--region CODE] [--run ID] [--grain year|quarter|month] [--lang ru|en] [--json]`: the
 * programme analytics of a year for the nation or one region — adoption against targets, channels and mobile
 * offices, money against results. Prints the three answers (programmeSummaryText); --json prints the whole
 * ProgrammeReport. Without --run the year's published rating is used (drafts never); an operator may name any run,
 * a draft included, for review on the server. Exit 2 for a bad year, region, run, grain or language.
 */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { parseRegion } from '../parse.js';
import { openDatabase } from '../../db/open.js';
import { PERIOD_GRAINS, type PeriodGrain } from '../../core/programme/index.js';
import { PROGRAMME_LANGS, type ProgrammeLang } from '../../programme/labels.js';
import { loadProgrammeReport } from '../../programme/load.js';
import { programmeSummaryText } from '../../programme/summary-text.js';

interface ProgrammeOptions {
  year: string;
  region?: string;
  run?: string;
  grain: string;
  lang: string;
  json?: boolean;
}

/** Checks the flags before anything is opened; throws InputError (exit 2) naming the flag. */
export function parseProgrammeOptions(options: ProgrammeOptions): {
  year: number;
  regionCode: string | null;
  ratingRunId: number | null;
  grain: PeriodGrain;
  lang: ProgrammeLang;
} {
  if (!/^\d{4}$/.test(options.year)) throw new InputError(`--year must be a four-digit year (got "${options.year}")`);
  if (options.run !== undefined && !/^[1-9][0-9]{0,8}$/.test(options.run))
    throw new InputError(`--run must be a positive integer (got "${options.run}")`);
  if (!(PERIOD_GRAINS as readonly string[]).includes(options.grain)) {
    throw new InputError(`--grain must be one of ${PERIOD_GRAINS.join(', ')} (got "${options.grain}")`);
  }
  if (!(PROGRAMME_LANGS as readonly string[]).includes(options.lang))
    throw new InputError(`--lang must be ru or en (got "${options.lang}")`);
  return {
    year: Number(options.year),
    regionCode: options.region === undefined ? null : parseRegion(options.region),
    ratingRunId: options.run === undefined ? null : Number(options.run),
    grain: options.grain as PeriodGrain,
    lang: options.lang as ProgrammeLang,
  };
}

export const registerProgramme: RegisterCommand = (program, ctx) => {
  program
    .command('programme')
    .description(
      'programme analytics of a year: adoption against targets, channels and mobile offices, money against results',
    )
    .requiredOption('--year <year>', 'the year (2000–2100)')
    .option(
      '--region <region>',
      'a region: code (RU-TUL), OKATO/OKTMO or Russian name ("Тульская обл."); default: the nation',
    )
    .option('--run <id>', "the rating run to set against the money; default: the year's published run")
    .option('--grain <grain>', 'period grain of the mobile-office activity: year, quarter or month', 'quarter')
    .option('--lang <lang>', 'language of the summary: ru or en', 'ru')
    .option('--json', 'print the whole report as JSON')
    .action(async (options: ProgrammeOptions) => {
      const { lang, ...request } = parseProgrammeOptions(options);
      const database = await openDatabase(ctx.config);
      try {
        const programmeReport = await loadProgrammeReport(database.db, request);
        report(ctx, Boolean(options.json), programmeReport, programmeSummaryText(programmeReport, lang));
      } finally {
        await database.close();
      }
    });
};
