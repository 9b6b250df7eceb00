/**
 * Environment configuration, parsed and validated in one place.
 *
 * DATABASE_URL   PostgreSQL connection string in any form libpq accepts (src/db/connection-string.ts); when unset the
 *                embedded PGlite database is used.
 * EGOV_DATA_DIR  directory of the embedded database (default .egov/pglite); "memory://" keeps it in memory.
 * PORT           HTTP port of `egov serve` (default 8080).
 * EGOV_REPORTS_DIR  where exports are written by default (default reports).
 * EGOV_TRUST_PROXY  Express `trust proxy` for `egov serve` (default off): which proxies' X-Forwarded-For names the
 *                   client, e.g. "loopback", "10.0.0.1", a hop count "1"; "false" or unset trusts none (docs/api.md).
 * EGOV_HTTPS     "true" when clients reach the service over HTTPS (e.g. through a TLS proxy): only then are HSTS and
 *                `upgrade-insecure-requests` sent (default false, so plain-HTTP LAN use works).
 * EGOV_PUBLIC_URL  the address readers reach the site at, e.g. https://egov.example.ru (default http://localhost:PORT):
 *                 the absolute URLs of the charts' embed snippets on the pages.
 * EGOV_SHUTDOWN_GRACE  seconds `egov serve` lets running requests finish after SIGTERM/SIGINT before cutting their
 *                connections and closing the database (default 10; decimals allowed, 0–600).
 */
import { parseConnectionString } from './db/connection-string.js';

/**
 * The configuration. Checked by hand rather than with a zod schema: every command reads it at start, and loading zod
 * costs `egov score` a quarter of its run (test/config.test.ts holds the checks).
 */
export interface Config {
  /** Checks the syntax only; defaults (user, host) are filled when connecting (src/db/pg-config.ts). */
  databaseUrl?: string;
  dataDir: string;
  port: number;
  reportsDir: string;
  trustProxy?: boolean | number | string;
  https?: boolean;
  shutdownGraceSeconds?: number;
  /** EGOV_PUBLIC_URL: http(s) address of the site, no trailing slash. */
  publicUrl?: string;
}

/** The site's address for absolute links (embed snippets): EGOV_PUBLIC_URL, else http://localhost:PORT. */
export const siteUrlOf = (config: Partial<Pick<Config, 'publicUrl' | 'port'>>): string =>
  config.publicUrl ?? `http://localhost:${config.port ?? 8080}`;

/** "false"/"" → false, "true" → true, "2" → 2 hops, anything else (addresses, "loopback") as Express reads it. */
function trustProxyValue(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined || raw === '' || raw === 'false') return undefined;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function booleanValue(name: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`invalid environment configuration: ${name} must be true or false (got "${raw}")`);
}

/** A number between `min` and `max` (whole when `integer`), or the reason it is not. */
function numberValue(raw: string, min: number, max: number, integer: boolean): number | string {
  const value = raw.trim() === '' ? NaN : Number(raw);
  const kind = integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max)
    return `must be ${kind} from ${min} to ${max} (got "${raw}")`;
  return value;
}

/**
 * The configuration of an environment (unset and empty variables take their defaults).
 * @throws Error "invalid environment configuration: NAME: reason; …" naming every invalid variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const issues: string[] = [];
  // Unset optional values are present as undefined, as zod gave them.
  const config: Config = {
    databaseUrl: undefined,
    dataDir: env.EGOV_DATA_DIR || '.egov/pglite',
    port: 8080,
    reportsDir: env.EGOV_REPORTS_DIR || 'reports',
    trustProxy: trustProxyValue(env.EGOV_TRUST_PROXY),
    https: booleanValue('EGOV_HTTPS', env.EGOV_HTTPS),
    shutdownGraceSeconds: undefined,
  };
  if (env.DATABASE_URL) {
    try {
      parseConnectionString(env.DATABASE_URL);
      config.databaseUrl = env.DATABASE_URL;
    } catch (error) {
      issues.push(`DATABASE_URL: ${(error as Error).message}`);
    }
  }
  if (env.PORT) {
    const port = numberValue(env.PORT, 0, 65535, true);
    if (typeof port === 'string') issues.push(`PORT: ${port}`);
    else config.port = port;
  }
  if (env.EGOV_SHUTDOWN_GRACE) {
    const grace = numberValue(env.EGOV_SHUTDOWN_GRACE, 0, 600, false);
    if (typeof grace === 'string') issues.push(`EGOV_SHUTDOWN_GRACE: ${grace}`);
    else config.shutdownGraceSeconds = grace;
  }
  if (env.EGOV_PUBLIC_URL) {
    if (/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/.test(env.EGOV_PUBLIC_URL))
      config.publicUrl = env.EGOV_PUBLIC_URL.replace(/\/+$/, '');
    else
      issues.push(
        `EGOV_PUBLIC_URL: must be an http(s) address such as https://egov.example.ru (got "${env.EGOV_PUBLIC_URL}")`,
      );
  }
  if (issues.length > 0) throw new Error(`invalid environment configuration: ${issues.join('; ')}`);
  return config;
}
