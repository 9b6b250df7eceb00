/**
 * The commands in help order: each with its name, the one-line summary `egov --help` lists, and the module that
 * registers it in full, imported only when that command runs. So `egov --help` loads no database, chart or
 * spreadsheet code, and `egov score` loads no database. test/cli/lazy-commands.test.ts holds every summary equal
 * to its module's description.
 */
import type { RegisterCommand } from './register.js';

export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<RegisterCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'reference',
    summary: 'reference data: regions, stages, services, indicators',
    load: async () => (await import('./reference.js')).registerReference,
  },
  {
    name: 'demo',
    summary:
      'the main job with the SYNTHETIC demo dataset on the embedded database, or on DATABASE_URL when set: ' +
      'ingest, rate, analyse, export [, serve]',
    load: async () => (await import('./demo.js')).registerDemo,
  },
  {
    name: 'ingest',
    summary: 'ingest measurement, application-log, target or spending files as one atomic batch',
    load: async () => (await import('./ingest.js')).registerIngest,
  },
  {
    name: 'score',
    summary:
      'score a measurement form (as egov ingest reads it) or a units × indicators file with a methodology, without the database',
    load: async () => (await import('./score.js')).registerScore,
  },
  {
    name: 'rate',
    summary: 'rate the stored measurements of a period; stores the result as a draft run',
    load: async () => (await import('./rate.js')).registerRate,
  },
  {
    name: 'analyse',
    summary: 'uncertainty and sensitivity analysis (rank intervals, Sobol shares) and coherence audit of a rating',
    load: async () => (await import('./analyse.js')).registerAnalyse,
  },
  {
    name: 'export',
    summary: 'write the publication of a rating run: XLSX, CSV, PNG charts, region factsheets, manifest',
    load: async () => (await import('./export.js')).registerExport,
  },
  {
    name: 'publish',
    summary: 'publish a draft rating run (or withdraw a published one with --withdraw)',
    load: async () => (await import('./publish.js')).registerPublish,
  },
  {
    name: 'replay',
    summary: 'recompute every stored number of a rating run from the run alone and check bit-for-bit agreement',
    load: async () => (await import('./replay.js')).registerReplay,
  },
  {
    name: 'serve',
    summary: 'serve the JSON API (/api/v1) and the public pages; only published ratings are public',
    load: async () => (await import('./serve.js')).registerServe,
  },
  { name: 'token', summary: 'manage API tokens', load: async () => (await import('./token.js')).registerToken },
  {
    name: 'campaign',
    summary: 'open, list and close data collection campaigns (regions submit their forms through the web pages)',
    load: async () => (await import('./campaign.js')).registerCampaign,
  },
  {
    name: 'history',
    summary: 'print the history of corrected cells of a period: old and new value, batches, who and when',
    load: async () => (await import('./history.js')).registerHistory,
  },
  {
    name: 'audit',
    summary: 'print the audit log: every write with its actor, role, action, target and details',
    load: async () => (await import('./audit.js')).registerAudit,
  },
  {
    name: 'programme',
    summary:
      'programme analytics of a year: adoption against targets, channels and mobile offices, money against results',
    load: async () => (await import('./programme.js')).registerProgramme,
  },
];

/**
 * The command an argument list runs (`egov NAME …` or `egov help NAME`), or undefined for the top-level help and
 * unknown names. Options never come before the command name: egov has no global options besides --help/--version.
 */
export function commandOf(argv: readonly string[]): CommandEntry | undefined {
  const [first, second] = argv.slice(2);
  const name = first === 'help' ? second : first;
  return COMMANDS.find((command) => command.name === name);
}
