/** The audit log: every write (who, when, what) lands here, inside the same transaction as the write itself. */
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
      actor: entry.actor, role: entry.role, action: entry.action, target: entry.target,
      // tables.ts nests Generated<Json>, which hides the insert type: the JSON text is what pg receives.
      details: JSON.stringify(entry.details ?? {}) as unknown as never, ...(entry.at ? { at: entry.at.toISOString() as never } : {}),
    })
    .execute();
}
