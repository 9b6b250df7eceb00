/** Reference catalogue: federal districts, regions, stages, services, indicators. */
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE federal_district (
      code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2,5}$'),
      name_ru text NOT NULL,
      name_en text NOT NULL
    );
    CREATE TABLE region (
      code text PRIMARY KEY CHECK (code ~ '^RU-[A-Z]{2,3}$'),
      iso_code text UNIQUE CHECK (iso_code IS NULL OR iso_code ~ '^RU-[A-Z]{2,3}$'),
      name_ru text NOT NULL UNIQUE,
      short_name_ru text NOT NULL,
      name_en text NOT NULL UNIQUE,
      federal_district text NOT NULL REFERENCES federal_district (code),
      okato text NOT NULL UNIQUE CHECK (okato ~ '^[0-9]{11}$'),
      oktmo text NOT NULL UNIQUE CHECK (oktmo ~ '^[0-9]{8}$'),
      kladr text NOT NULL,
      fias uuid NOT NULL,
      timezone text NOT NULL,
      population integer NOT NULL CHECK (population > 0),
      tile_row smallint NOT NULL CHECK (tile_row BETWEEN 1 AND 20),
      tile_col smallint NOT NULL CHECK (tile_col BETWEEN 1 AND 30),
      UNIQUE (tile_row, tile_col)
    );
    CREATE TABLE stage (
      id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]*$'),
      ord smallint NOT NULL UNIQUE CHECK (ord > 0),
      name_ru text NOT NULL,
      name_en text NOT NULL,
      description_en text NOT NULL DEFAULT ''
    );
    CREATE TABLE service (
      id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]*$'),
      name_ru text NOT NULL,
      name_en text NOT NULL,
      level text NOT NULL CHECK (level IN ('federal', 'regional', 'municipal')),
      publicly_named boolean NOT NULL DEFAULT false,
      note text NOT NULL DEFAULT ''
    );
    CREATE TABLE indicator (
      id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]*$'),
      stage_id text NOT NULL REFERENCES stage (id),
      name_ru text NOT NULL,
      name_en text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('yes_partial_no', 'share', 'duration', 'count', 'rating')),
      unit text NOT NULL DEFAULT '',
      direction smallint NOT NULL CHECK (direction IN (-1, 1)),
      min_value double precision,
      max_value double precision,
      source text NOT NULL CHECK (source IN ('monitoring', 'event_log')),
      scored boolean NOT NULL DEFAULT true,
      note text NOT NULL DEFAULT '',
      CHECK (min_value IS NULL OR max_value IS NULL OR min_value < max_value)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE indicator; DROP TABLE service; DROP TABLE stage; DROP TABLE region; DROP TABLE federal_district;`,
  );
}
