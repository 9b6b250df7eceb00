/**
 * Audit hardening (issue 13). `audit_log` is append-only, enforced by the database: UPDATE, DELETE and TRUNCATE
 * raise an error, whoever asks. And the writes made outside the web layer are audited by triggers in the writing
 * transaction itself, so every path (CLI, HTTP, a future one) is covered and an audit row exists exactly when the
 * write committed:
 *   ingest.commit   a batch becomes committed: actor = the batch's created_by, target batch:<id>, details kind,
 *                   period, content SHA-256, source name, row counts;
 *   run.create      a rating run is stored (`egov rate`): actor = created_by;
 *   run.analyse     a robustness analysis is stored (`egov analyse`): actor = the session's `egov.actor` setting,
 *                   else "cli".
 * Actors named `token:…` act through the API as federal analysts; others are operators on the server.
 */
import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/** One statement each: function bodies hold ";", which runStatements would split on. */
const UP: readonly string[] = [
  `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`,
  `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
  `CREATE FUNCTION audit_role_of(actor text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN actor LIKE 'token:%' THEN 'federal-analyst' ELSE 'operator' END
    $$`,
  `CREATE FUNCTION audit_ingest_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO audit_log (actor, role, action, target, details)
      VALUES (NEW.created_by, audit_role_of(NEW.created_by), 'ingest.commit', 'batch:' || NEW.id,
        jsonb_build_object('kind', NEW.kind, 'period', NEW.period, 'contentSha256', NEW.content_sha256, 'source', NEW.source_name,
          'rowsTotal', NEW.rows_total, 'rowsAccepted', NEW.rows_accepted, 'rowsRejected', NEW.rows_rejected));
      RETURN NULL;
    END $$`,
  `CREATE TRIGGER ingest_batch_audit_commit AFTER INSERT OR UPDATE OF status ON ingest_batch
      FOR EACH ROW WHEN (NEW.status = 'committed') EXECUTE FUNCTION audit_ingest_commit()`,
  `CREATE FUNCTION audit_run_create() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO audit_log (actor, role, action, target, details)
      VALUES (NEW.created_by, audit_role_of(NEW.created_by), 'run.create', 'run:' || NEW.id,
        jsonb_build_object('period', NEW.period, 'methodology', NEW.methodology_id || ' ' || NEW.methodology_version,
          'inputHash', NEW.input_hash, 'status', NEW.status));
      RETURN NULL;
    END $$`,
  `CREATE TRIGGER rating_run_audit_create AFTER INSERT ON rating_run
      FOR EACH ROW EXECUTE FUNCTION audit_run_create()`,
  `CREATE FUNCTION audit_run_analyse() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE who text := coalesce(nullif(current_setting('egov.actor', true), ''), 'cli');
    BEGIN
      INSERT INTO audit_log (actor, role, action, target, details)
      VALUES (who, audit_role_of(who), 'run.analyse', 'run:' || NEW.run_id,
        jsonb_build_object('replications', NEW.replications, 'seed', NEW.seed));
      RETURN NULL;
    END $$`,
  `CREATE TRIGGER rating_analysis_audit AFTER INSERT ON rating_analysis
      FOR EACH ROW EXECUTE FUNCTION audit_run_analyse()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TRIGGER rating_analysis_audit ON rating_analysis;
    DROP FUNCTION audit_run_analyse();
    DROP TRIGGER rating_run_audit_create ON rating_run;
    DROP FUNCTION audit_run_create();
    DROP TRIGGER ingest_batch_audit_commit ON ingest_batch;
    DROP FUNCTION audit_ingest_commit();
    DROP FUNCTION audit_role_of(text);
    DROP TRIGGER audit_log_no_truncate ON audit_log;
    DROP TRIGGER audit_log_no_update_delete ON audit_log;
    DROP FUNCTION audit_log_append_only();
  `,
  );
}
