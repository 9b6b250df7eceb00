/**
 * Methodologies, rating runs (draft → published → withdrawn, immutable once published), the hierarchy nodes and
 * results of every run, robustness results, comments on drafts.
 */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE methodology (
      id text NOT NULL CHECK (id ~ '^[a-z0-9][a-z0-9_.-]*$'),
      version text NOT NULL,
      hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
      name text NOT NULL,
      document jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, version)
    );
    CREATE TABLE rating_run (
      id serial PRIMARY KEY,
      period integer NOT NULL CHECK (period BETWEEN 2000 AND 2100),
      methodology_id text NOT NULL,
      methodology_version text NOT NULL,
      methodology_hash text NOT NULL REFERENCES methodology (hash),
      input_hash text NOT NULL CHECK (input_hash ~ '^[0-9a-f]{64}$'),
      build_log jsonb NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'withdrawn')),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      supersedes_run_id integer REFERENCES rating_run (id),
      correction_reason text,
      synthetic boolean NOT NULL DEFAULT false,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_by text,
      published_at timestamptz,
      withdrawn_by text,
      withdrawn_at timestamptz,
      withdrawn_reason text,
      FOREIGN KEY (methodology_id, methodology_version) REFERENCES methodology (id, version),
      CHECK (status = 'draft' OR published_at IS NOT NULL),
      CHECK (status <> 'withdrawn' OR withdrawn_at IS NOT NULL),
      CHECK (supersedes_run_id IS NULL OR correction_reason IS NOT NULL)
    );
    CREATE UNIQUE INDEX rating_run_one_published ON rating_run (period, methodology_id) WHERE status = 'published';
    CREATE TABLE rating_node (
      run_id integer NOT NULL REFERENCES rating_run (id) ON DELETE CASCADE,
      node_id text NOT NULL,
      parent_id text,
      level smallint NOT NULL CHECK (level >= 1),
      kind text NOT NULL CHECK (kind IN ('index', 'service', 'stage', 'indicator', 'group')),
      label_ru text NOT NULL DEFAULT '',
      label_en text NOT NULL DEFAULT '',
      weight double precision NOT NULL CHECK (weight >= 0),
      method jsonb NOT NULL DEFAULT '{}'::jsonb,
      PRIMARY KEY (run_id, node_id),
      FOREIGN KEY (run_id, parent_id) REFERENCES rating_node (run_id, node_id) DEFERRABLE INITIALLY DEFERRED
    );
    CREATE TABLE rating_result (
      run_id integer NOT NULL REFERENCES rating_run (id) ON DELETE CASCADE,
      node_id text NOT NULL,
      region_code text NOT NULL REFERENCES region (code),
      raw_value double precision,
      score double precision,
      rank integer CHECK (rank >= 1),
      band text,
      imputed boolean NOT NULL DEFAULT false,
      treated boolean NOT NULL DEFAULT false,
      PRIMARY KEY (run_id, node_id, region_code),
      FOREIGN KEY (run_id, node_id) REFERENCES rating_node (run_id, node_id)
    );
    CREATE TABLE rating_analysis (
      run_id integer PRIMARY KEY REFERENCES rating_run (id) ON DELETE CASCADE,
      replications integer NOT NULL CHECK (replications > 0),
      seed bigint NOT NULL,
      params jsonb NOT NULL,
      summary jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE rank_interval (
      run_id integer NOT NULL REFERENCES rating_analysis (run_id) ON DELETE CASCADE,
      region_code text NOT NULL REFERENCES region (code),
      nominal_rank integer CHECK (nominal_rank >= 1),
      median_rank double precision,
      q05 double precision,
      q95 double precision,
      mean_abs_shift double precision CHECK (mean_abs_shift >= 0),
      PRIMARY KEY (run_id, region_code),
      CHECK (q05 <= median_rank AND median_rank <= q95)
    );
    CREATE TABLE sensitivity_index (
      run_id integer NOT NULL REFERENCES rating_analysis (run_id) ON DELETE CASCADE,
      assumption text NOT NULL,
      target text NOT NULL,
      first_order double precision NOT NULL,
      total_order double precision NOT NULL,
      PRIMARY KEY (run_id, assumption, target)
    );
    CREATE TABLE coherence_flag (
      run_id integer NOT NULL REFERENCES rating_analysis (run_id) ON DELETE CASCADE,
      node_id text NOT NULL,
      other_node_id text NOT NULL DEFAULT '',
      flag text NOT NULL CHECK (flag IN ('negative-with-parent', 'weak-with-parent', 'collinear', 'undefined-correlation', 'low-alpha')),
      statistic text NOT NULL,
      value double precision,
      PRIMARY KEY (run_id, node_id, other_node_id, flag)
    );
    CREATE TABLE run_comment (
      id bigserial PRIMARY KEY,
      run_id integer NOT NULL REFERENCES rating_run (id) ON DELETE CASCADE,
      region_code text NOT NULL REFERENCES region (code),
      author text NOT NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE run_comment; DROP TABLE coherence_flag; DROP TABLE sensitivity_index; DROP TABLE rank_interval;
    DROP TABLE rating_analysis; DROP TABLE rating_result; DROP TABLE rating_node; DROP TABLE rating_run;
    DROP TABLE methodology;`,
  );
}
