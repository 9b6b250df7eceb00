/** What the web app needs from outside: the database, the configuration and a clock (injected for tests). */
import type { Config } from '../config.js';
import type { Database } from '../db/connect.js';

export interface AppDeps {
  readonly database: Database;
  readonly config: Pick<Config, 'reportsDir'> & Partial<Pick<Config, 'trustProxy' | 'https' | 'port' | 'publicUrl'>>;
  readonly clock?: () => Date;
  /** Where server errors are logged (default stderr). */
  readonly log?: (message: string) => void;
}
