/**
 * The audit row of an ingest commit (`ingest.commit`) moves from a trigger on ingest_batch (0008) to the ingest's
 * own transaction (src/ingest/store/batch-store.ts#commitBatch), with the same actor, target and details. Citus
 * refuses to make a table with triggers a reference table, and ingest_batch must be one there (the distributed
 * per-region tables reference it); the runs' and analyses' triggers stay, their tables live on the coordinator.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER ingest_batch_audit_commit ON ingest_batch`.execute(db);
  await sql`DROP FUNCTION audit_ingest_commit()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `CREATE FUNCTION audit_ingest_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO audit_log (actor, role, action, target, details)
      VALUES (NEW.created_by, audit_role_of(NEW.created_by), 'ingest.commit', 'batch:' || NEW.id,
        jsonb_build_object('kind', NEW.kind, 'period', NEW.period, 'contentSha256', NEW.content_sha256, 'source', NEW.source_name,
          'rowsTotal', NEW.rows_total, 'rowsAccepted', NEW.rows_accepted, 'rowsRejected', NEW.rows_rejected));
      RETURN NULL;
    END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ingest_batch_audit_commit AFTER INSERT OR UPDATE OF status ON ingest_batch
      FOR EACH ROW WHEN (NEW.status = 'committed') EXECUTE FUNCTION audit_ingest_commit()`,
    )
    .execute(db);
}
