/**
 * The audit log: every write (who, when, what) lands here, inside the same transaction as the write itself. The
 * database keeps it append-only (migration 0008 refuses UPDATE, DELETE and TRUNCATE) and audits ingest commits,
 * new rating runs and analyses by trigger.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';

export interface AuditEntry {
  readonly actor: string;
  readonly role: string;
  /** A dotted verb such as "run.publish", "token.create", "comment.create", "ingest.upload". */
  readonly action: string;
  /** What was acted on, e.g. "run:12". */
  readonly target: string;
  readonly details?: Record<string, unknown>;
  /** When; defaults to the database clock. */
  readonly at?: Date;
}

export async function recordAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      target: entry.target,
      // tables.ts nests Generated<Json>, which hides the insert type: the JSON text is what pg receives.
      details: JSON.stringify(entry.details ?? {}) as unknown as never,
      ...(entry.at ? { at: entry.at.toISOString() as never } : {}),
    })
    .execute();
}

export interface AuditRecord {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly role: string;
  readonly action: string;
  readonly target: string;
  readonly details: unknown;
}

/** The audit log, oldest first, from `since` (inclusive) and for actors starting with `actor` when given. */
export async function readAudit(db: Kysely<DB>, filter: { since?: Date; actor?: string } = {}): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id');
  if (filter.since) query = query.where('at', '>=', filter.since.toISOString() as never);
  if (filter.actor) query = query.where('actor', 'like', `${filter.actor.replace(/[\\%_]/g, '\\$&')}%`);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at as unknown as string).toISOString(),
    actor: r.actor,
    role: r.role,
    action: r.action,
    target: r.target,
    details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
  }));
}
