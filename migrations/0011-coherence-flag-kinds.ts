/**
 * coherence_flag.flag admits only the flags the coherence audit produces (src/core/analysis/coherence-flags.ts,
 * COHERENCE_FLAGS): 'low-alpha' (0004) was never produced by anything and is no longer accepted.
 */
import { type Kysely, sql } from 'kysely';

async function allowFlags(db: Kysely<unknown>, flags: readonly string[]): Promise<void> {
  const list = flags.map((flag) => `'${flag}'`).join(', ');
  await sql`ALTER TABLE coherence_flag DROP CONSTRAINT coherence_flag_flag_check`.execute(db);
  await sql
    .raw(`ALTER TABLE coherence_flag ADD CONSTRAINT coherence_flag_flag_check CHECK (flag IN (${list}))`)
    .execute(db);
}

const PRODUCED = ['negative-with-parent', 'weak-with-parent', 'collinear', 'undefined-correlation'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await allowFlags(db, PRODUCED);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await allowFlags(db, [...PRODUCED, 'low-alpha']);
}
