/**
 * Campaigns: an analyst opens one per period (data kinds and indicators asked for, deadline, note), lists them and
 * closes them. At most one campaign per period is open at a time. Opening and closing are audited in the same
 * transaction (`campaign.open`, `campaign.close`).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { recordAudit } from '../auth/audit.js';
import { INGEST_KINDS, type IngestKind } from '../ingest/types.js';

export interface Campaign {
  readonly id: number;
  readonly period: number;
  readonly kinds: readonly IngestKind[];
  /** The indicator ids asked for (the form's rows: every service × these). */
  readonly indicators: readonly string[];
  /** YYYY-MM-DD: the last day a submission counts as on time. */
  readonly deadline: string;
  readonly note: string;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly closedAt: string | null;
}

export interface NewCampaign {
  readonly period: number;
  readonly kinds: readonly string[];
  /** Indicator ids; empty or absent = every monitoring indicator of the catalogue. */
  readonly indicators?: readonly string[];
  readonly deadline: string;
  readonly note?: string;
}

/** Who writes, for the audit log. */
export interface CampaignActor {
  readonly actor: string;
  readonly role: string;
}

/** A request that cannot be done as asked (unknown indicator, a second open campaign, …): exit 2 / HTTP 400. */
export class CampaignRequestError extends Error {
  override readonly name = 'CampaignRequestError';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDeadline(text: string): string {
  const m = DATE.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== text)
    throw new CampaignRequestError(`the deadline must be a date YYYY-MM-DD (got "${text}")`);
  return text;
}

export async function openCampaign(db: Kysely<DB>, request: NewCampaign, by: CampaignActor): Promise<Campaign> {
  if (!Number.isInteger(request.period) || request.period < 2000 || request.period > 2100)
    throw new CampaignRequestError(`the period must be a year from 2000 to 2100 (got ${request.period})`);
  const kinds = [...new Set(request.kinds)];
  const unknownKind = kinds.find((k) => !(INGEST_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknownKind !== undefined)
    throw new CampaignRequestError(
      `the data kinds must be among ${INGEST_KINDS.join(', ')} (got "${unknownKind ?? ''}")`,
    );
  const deadline = checkDeadline(request.deadline);
  const note = (request.note ?? '').trim();
  if (note.length > 2000) throw new CampaignRequestError('the note is longer than 2000 characters');
  return db.transaction().execute(async (trx) => {
    const monitoring = await trx
      .selectFrom('indicator')
      .select('id')
      .where('source', '=', 'monitoring')
      .orderBy('id')
      .execute();
    const known = new Set(monitoring.map((i) => i.id));
    const asked = request.indicators && request.indicators.length > 0 ? [...new Set(request.indicators)] : [...known];
    const unknown = asked.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new CampaignRequestError(
        `unknown or not a monitoring indicator: ${unknown.join(', ')} (known: ${[...known].join(', ')})`,
      );
    const open = await trx
      .selectFrom('campaign')
      .select('id')
      .where('period', '=', request.period)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    if (open)
      throw new CampaignRequestError(
        `campaign ${open.id} for ${request.period} is still open: close it first (egov campaign close ${open.id})`,
      );
    const row = await trx
      .insertInto('campaign')
      .values({ period: request.period, kinds, indicators: asked, deadline, note, opened_by: by.actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: by.actor,
      role: by.role,
      action: 'campaign.open',
      target: `campaign:${row.id}`,
      details: { period: request.period, kinds, indicators: asked, deadline, note },
    });
    return (await readCampaign(trx, row.id))!;
  });
}

const columns = [
  'id',
  'period',
  'kinds',
  'indicators',
  sql<string>`to_char(deadline, 'YYYY-MM-DD')`.as('deadline'),
  'note',
  'opened_by',
  'opened_at',
  'closed_at',
] as const;

type CampaignRow = {
  id: number;
  period: number;
  kinds: string[];
  indicators: string[];
  deadline: string;
  note: string;
  opened_by: string;
  opened_at: Date | string;
  closed_at: Date | string | null;
};

const iso = (value: Date | string | null): string | null => (value ? new Date(value).toISOString() : null);

function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    period: row.period,
    kinds: row.kinds as IngestKind[],
    indicators: row.indicators,
    deadline: row.deadline,
    note: row.note,
    openedBy: row.opened_by,
    openedAt: iso(row.opened_at)!,
    closedAt: iso(row.closed_at),
  };
}

export async function readCampaign(db: Kysely<DB>, id: number): Promise<Campaign | null> {
  const row = await db.selectFrom('campaign').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toCampaign(row as unknown as CampaignRow) : null;
}

/** Every campaign, the newest first. */
export async function listCampaigns(db: Kysely<DB>): Promise<Campaign[]> {
  const rows = await db.selectFrom('campaign').select(columns).orderBy('id', 'desc').execute();
  return rows.map((r) => toCampaign(r as unknown as CampaignRow));
}

/** The open campaigns, the newest period first. */
export async function openCampaigns(db: Kysely<DB>): Promise<Campaign[]> {
  return (await listCampaigns(db)).filter((c) => c.closedAt === null).sort((a, b) => b.period - a.period);
}

export async function closeCampaign(db: Kysely<DB>, id: number, by: CampaignActor, at: Date): Promise<Campaign> {
  return db.transaction().execute(async (trx) => {
    const campaign = await readCampaign(trx, id);
    if (!campaign) throw new CampaignRequestError(`no campaign ${id}`);
    if (campaign.closedAt) throw new CampaignRequestError(`campaign ${id} was closed at ${campaign.closedAt}`);
    await trx.updateTable('campaign').set({ closed_at: at }).where('id', '=', id).execute();
    await recordAudit(trx, {
      actor: by.actor,
      role: by.role,
      action: 'campaign.close',
      target: `campaign:${id}`,
      details: { period: campaign.period },
      at,
    });
    return (await readCampaign(trx, id))!;
  });
}
