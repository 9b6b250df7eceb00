/** Analysts' comments on a region's submissions in a campaign and the region's answers; each write audited. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { recordAudit } from '../auth/audit.js';

export interface CampaignComment {
  readonly id: number;
  readonly author: string;
  readonly role: string;
  readonly body: string;
  readonly createdAt: string;
}

export class CommentRequestError extends Error {
  override readonly name = 'CommentRequestError';
}

export async function addComment(
  db: Kysely<DB>,
  where: { campaignId: number; regionCode: string },
  by: { actor: string; role: string },
  text: string,
  at: Date,
): Promise<void> {
  const body = text.trim();
  if (body.length === 0 || body.length > 4000) throw new CommentRequestError('a comment holds 1 to 4000 characters');
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('campaign_comment')
      .values({
        campaign_id: where.campaignId,
        region_code: where.regionCode,
        author: by.actor,
        role: by.role,
        body,
        created_at: at.toISOString() as never,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: by.actor,
      role: by.role,
      action: 'campaign.comment',
      target: `campaign:${where.campaignId}/region:${where.regionCode}`,
      details: { comment: Number(row.id), length: body.length },
      at,
    });
  });
}

/** The comments of a region in a campaign, oldest first (a conversation). */
export async function regionComments(
  db: Kysely<DB>,
  campaignId: number,
  regionCode: string,
): Promise<CampaignComment[]> {
  const rows = await db
    .selectFrom('campaign_comment')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('region_code', '=', regionCode)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    author: r.author,
    role: r.role,
    body: r.body,
    createdAt: new Date(r.created_at as unknown as string).toISOString(),
  }));
}
