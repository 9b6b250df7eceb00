/**
 * Turns libpq connection keywords into the `pg` driver's configuration, filling what the string leaves out the way
 * libpq does: first the PG* environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER; the driver itself reads
 * PGPASSWORD and ~/.pgpass), then libpq's defaults:
 *
 * - user: the operating-system user name (not $USER, which may be unset, e.g. in containers and cron jobs);
 * - database: the user name;
 * - port: 5432;
 * - host: the Unix-socket directory holding the server's socket (`/var/run/postgresql`, then `/tmp`, as Debian's
 *   and upstream's libpq look), else `localhost`.
 *
 * sslmode: `disable`, `allow` and `prefer` connect without TLS (the driver cannot fall back from TLS to plain, so use
 * `require` or stronger for TLS); `require` encrypts without checking the certificate (unless `sslrootcert` is
 * given: then as `verify-ca`); `verify-ca` checks the chain; `verify-full` the chain and the host name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { ConnectionOptions } from 'node:tls';
import type pg from 'pg';
import { type ConnectionParameters, ConnectionStringError } from './connection-string.js';

export const SOCKET_DIRECTORIES = ['/var/run/postgresql', '/tmp'] as const;

export interface PgTarget {
  readonly config: pg.ClientConfig;
  /** Where the connection goes, without the password, for messages: `user "u", database "d" at host:port`. */
  readonly description: string;
}

export interface PgEnvironment {
  readonly env: NodeJS.ProcessEnv;
  /** The operating-system user name (os.userInfo().username). */
  readonly osUser: () => string;
  /** Whether a file exists (used to find the server's Unix socket). */
  readonly exists: (path: string) => boolean;
}

export const systemEnvironment: PgEnvironment = {
  env: process.env,
  osUser: () => userInfo().username,
  exists: existsSync,
};

export function pgTarget(params: ConnectionParameters, system: PgEnvironment = systemEnvironment): PgTarget {
  const { env } = system;
  const user = params.user || env.PGUSER || osUserName(system);
  const database = params.dbname || env.PGDATABASE || user;
  const port = Number(params.port || env.PGPORT || 5432);
  const host = params.hostaddr || params.host || env.PGHOST || defaultHost(port, system);
  const config: pg.ClientConfig = {
    host,
    port,
    user,
    database,
    ...(params.password !== undefined ? { password: params.password } : {}),
    ...(params.application_name || params.fallback_application_name
      ? { application_name: params.application_name || params.fallback_application_name }
      : {}),
    ...(params.options ? { options: params.options } : {}),
    ...(params.client_encoding ? { client_encoding: params.client_encoding } : {}),
    ...(params.connect_timeout ? { connectionTimeoutMillis: seconds(params.connect_timeout) * 1000 } : {}),
    ...(params.keepalives !== undefined ? { keepAlive: params.keepalives !== '0' } : {}),
    ...(params.keepalives_idle ? { keepAliveInitialDelayMillis: seconds(params.keepalives_idle) * 1000 } : {}),
    ...ssl(params, env),
  };
  const where = host.startsWith('/') ? `socket ${join(host, `.s.PGSQL.${port}`)}` : `${host}:${port}`;
  return { config, description: `user "${user}", database "${database}" at ${where}` };
}

function osUserName(system: PgEnvironment): string {
  try {
    return system.osUser();
  } catch {
    throw new ConnectionStringError(
      'no user name: the operating-system user has none; name one in the connection string or PGUSER',
    );
  }
}

function defaultHost(port: number, system: PgEnvironment): string {
  return SOCKET_DIRECTORIES.find((dir) => system.exists(join(dir, `.s.PGSQL.${port}`))) ?? 'localhost';
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new ConnectionStringError(`"${value}" is not a number of seconds`);
  return n;
}

function ssl(params: ConnectionParameters, env: NodeJS.ProcessEnv): { ssl?: boolean | ConnectionOptions } {
  const mode = params.sslmode || env.PGSSLMODE;
  const files: ConnectionOptions = {
    ...(params.sslrootcert ? { ca: readFileSync(params.sslrootcert, 'utf8') } : {}),
    ...(params.sslcert ? { cert: readFileSync(params.sslcert, 'utf8') } : {}),
    ...(params.sslkey ? { key: readFileSync(params.sslkey, 'utf8') } : {}),
  };
  switch (mode) {
    case undefined:
    case '':
    case 'disable':
    case 'allow':
    case 'prefer':
      return { ssl: false };
    case 'require':
      return {
        ssl: params.sslrootcert
          ? { ...files, checkServerIdentity: () => undefined }
          : { ...files, rejectUnauthorized: false },
      };
    case 'verify-ca':
      return { ssl: { ...files, checkServerIdentity: () => undefined } };
    case 'verify-full':
      return { ssl: files };
    default:
      throw new ConnectionStringError(
        `sslmode "${mode}" is not one of disable, allow, prefer, require, verify-ca, verify-full`,
      );
  }
}
