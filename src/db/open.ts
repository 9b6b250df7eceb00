/** Opens the database the configuration names and brings its schema to the latest migration. */
import type { Config } from '../config.js';
import { connect, type Database } from './connect.js';
import { migrateToLatest } from './migrate.js';

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const database = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
