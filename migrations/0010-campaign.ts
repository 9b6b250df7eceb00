/**
 * The yearly data collection as a campaign (issue 17). `campaign`: an analyst opens one per period with the data
 * kinds and indicators asked for and a deadline; at most one open campaign per period. `campaign_submission`: every
 * file a region sent through the campaign page, accepted or not, with the batch it became and its rejects (the
 * region's history and the analysts' board read it). `campaign_comment`: analysts' comments on a region's
 * submissions and the region's answers. `web_session`: people's browser sessions, created from an access key (an
 * API token); only the SHA-256 of the session id is kept, with the session's CSRF (synchroniser) token.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE campaign (
      id serial PRIMARY KEY,
      period integer NOT NULL CHECK (period BETWEEN 2000 AND 2100),
      kinds text[] NOT NULL CHECK (cardinality(kinds) >= 1
        AND kinds <@ ARRAY['measurements', 'applications', 'targets', 'spending']::text[]),
      indicators text[] NOT NULL DEFAULT '{}',
      deadline date NOT NULL,
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      opened_by text NOT NULL,
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz
    );
    CREATE UNIQUE INDEX campaign_one_open_per_period ON campaign (period) WHERE closed_at IS NULL;
    CREATE TABLE campaign_submission (
      id bigserial PRIMARY KEY,
      campaign_id integer NOT NULL REFERENCES campaign (id),
      region_code text NOT NULL REFERENCES region (code),
      kind text NOT NULL CHECK (kind IN ('measurements', 'applications', 'targets', 'spending')),
      file_name text NOT NULL,
      status text NOT NULL CHECK (status IN ('accepted', 'rejected', 'unchanged', 'refused')),
      batch_id bigint REFERENCES ingest_batch (id),
      correction boolean NOT NULL DEFAULT false,
      values_stored integer NOT NULL DEFAULT 0,
      rows_rejected integer NOT NULL DEFAULT 0,
      rows_skipped integer NOT NULL DEFAULT 0,
      outcome jsonb NOT NULL DEFAULT '{}'::jsonb,
      submitted_by text NOT NULL,
      submitted_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX campaign_submission_region ON campaign_submission (campaign_id, region_code, kind, submitted_at);
    CREATE TABLE campaign_comment (
      id bigserial PRIMARY KEY,
      campaign_id integer NOT NULL REFERENCES campaign (id),
      region_code text NOT NULL REFERENCES region (code),
      author text NOT NULL,
      role text NOT NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX campaign_comment_region ON campaign_comment (campaign_id, region_code, created_at);
    CREATE TABLE web_session (
      id_sha256 text PRIMARY KEY CHECK (length(id_sha256) = 64),
      token_prefix text NOT NULL REFERENCES api_token (token_prefix),
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ended_at timestamptz
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE web_session; DROP TABLE campaign_comment; DROP TABLE campaign_submission; DROP TABLE campaign;`,
  );
}
