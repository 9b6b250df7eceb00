/** API tokens (only a scrypt hash is stored) and the audit log of every write. */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE api_token (
      id serial PRIMARY KEY,
      token_prefix text NOT NULL UNIQUE CHECK (length(token_prefix) BETWEEN 6 AND 16),
      token_hash text NOT NULL,
      salt text NOT NULL,
      role text NOT NULL CHECK (role IN ('federal-analyst', 'regional')),
      region_code text REFERENCES region (code),
      label text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      last_used_at timestamptz,
      CHECK ((role = 'regional') = (region_code IS NOT NULL))
    );
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      role text NOT NULL,
      action text NOT NULL,
      target text NOT NULL DEFAULT '',
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX audit_log_at ON audit_log (at);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE audit_log; DROP TABLE api_token;`);
}
