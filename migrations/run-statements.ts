/** Runs a script of SQL statements separated by ";" followed by white space (prepared statements take one command each). */
import { type Kysely, sql } from 'kysely';

export async function runStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;(?=\s|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
