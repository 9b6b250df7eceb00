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
 * EGOV_SHUTDOWN_GRACE  seconds `egov serve` lets running requests finish after SIGTERM/SIGINT before cutting their
 *                connections and closing the database (default 10; decimals allowed, 0–600).
 */
import { z } from 'zod';
import { parseConnectionString } from './db/connection-string.js';

/** Checks the syntax only; defaults (user, host) are filled when connecting (src/db/pg-config.ts). */
const connectionString = z.string().superRefine((text, ctx) => {
  try {
    parseConnectionString(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

const ConfigSchema = z.object({
  databaseUrl: connectionString.optional(),
  dataDir: z.string().min(1).default('.egov/pglite'),
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  reportsDir: z.string().min(1).default('reports'),
  trustProxy: z.union([z.boolean(), z.number().int().min(0), z.string().min(1)]).optional(),
  https: z.boolean().optional(),
  shutdownGraceSeconds: z.coerce.number().min(0).max(600).optional(),
});

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

export type Config = z.infer<typeof ConfigSchema>;

const ENV_NAMES: Record<string, string> = {
  databaseUrl: 'DATABASE_URL',
  dataDir: 'EGOV_DATA_DIR',
  port: 'PORT',
  reportsDir: 'EGOV_REPORTS_DIR',
  shutdownGraceSeconds: 'EGOV_SHUTDOWN_GRACE',
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse({
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.EGOV_DATA_DIR || undefined,
    port: env.PORT || undefined,
    reportsDir: env.EGOV_REPORTS_DIR || undefined,
    trustProxy: trustProxyValue(env.EGOV_TRUST_PROXY),
    https: booleanValue('EGOV_HTTPS', env.EGOV_HTTPS),
    shutdownGraceSeconds: env.EGOV_SHUTDOWN_GRACE || undefined,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${ENV_NAMES[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`invalid environment configuration: ${issues}`);
  }
  return parsed.data;
}
