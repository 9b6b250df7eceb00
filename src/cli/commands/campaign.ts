/**
 * `egov campaign open --period P --deadline YYYY-MM-DD [--kinds K,…] [--indicators ID,…] [--note TEXT]`,
 * `egov campaign list [--json]`, `egov campaign close ID`: the yearly data collection rounds (docs/campaign.md).
 * Opening and closing are audited (actor "cli").
 */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { parsePeriod, parsePositiveInt } from '../parse.js';
import { openDatabase } from '../../db/open.js';
import {
  CampaignRequestError,
  closeCampaign,
  listCampaigns,
  openCampaign,
  type Campaign,
} from '../../campaign/campaign-store.js';

const CLI_ACTOR = { actor: 'cli', role: 'operator' } as const;

interface OpenOptions {
  period: string;
  deadline: string;
  kinds: string;
  indicators?: string;
  note?: string;
  json?: boolean;
}

const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function describe(c: Campaign): string {
  return [
    `campaign ${c.id}`,
    `period ${c.period}`,
    c.closedAt ? `closed ${c.closedAt}` : 'open',
    `deadline ${c.deadline}`,
    `kinds ${c.kinds.join(',')}`,
    `${c.indicators.length} indicators`,
    c.note ? `"${c.note}"` : '',
  ]
    .join('  ')
    .trimEnd();
}

export const registerCampaign: RegisterCommand = (program, ctx) => {
  const campaign = program
    .command('campaign')
    .description('open, list and close data collection campaigns (regions submit their forms through the web pages)');
  campaign
    .command('open')
    .description('open a campaign for a period: the data kinds and indicators asked for, a deadline, a note')
    .requiredOption('--period <year>', 'the period collected')
    .requiredOption('--deadline <date>', 'the last day a submission is on time, YYYY-MM-DD')
    .option('--kinds <list>', 'data kinds asked for, comma-separated', 'measurements')
    .option('--indicators <list>', 'indicator ids asked for, comma-separated (default: every monitoring indicator)')
    .option('--note <text>', 'a note shown to the regions')
    .option('--json', 'machine-readable output')
    .action(async (options: OpenOptions) => {
      const period = parsePeriod(options.period);
      const database = await openDatabase(ctx.config);
      try {
        const opened = await openCampaign(
          database.db,
          {
            period,
            deadline: options.deadline,
            kinds: list(options.kinds),
            indicators: list(options.indicators),
            note: options.note,
          },
          CLI_ACTOR,
        );
        report(ctx, Boolean(options.json), opened, `opened ${describe(opened)}`);
      } catch (error) {
        if (error instanceof CampaignRequestError) throw new InputError(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
  campaign
    .command('list')
    .description('list the campaigns, the newest first')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const database = await openDatabase(ctx.config);
      try {
        const campaigns = await listCampaigns(database.db);
        report(
          ctx,
          Boolean(options.json),
          { campaigns },
          campaigns.length === 0 ? 'no campaigns' : campaigns.map(describe).join('\n'),
        );
      } finally {
        await database.close();
      }
    });
  campaign
    .command('close <id>')
    .description('close a campaign: its page stops taking files')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: { json?: boolean }) => {
      const campaignId = parsePositiveInt(id, 'the campaign id');
      const database = await openDatabase(ctx.config);
      try {
        const closed = await closeCampaign(database.db, campaignId, CLI_ACTOR, new Date());
        report(ctx, Boolean(options.json), closed, `closed ${describe(closed)}`);
      } catch (error) {
        if (error instanceof CampaignRequestError) throw new InputError(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
};
