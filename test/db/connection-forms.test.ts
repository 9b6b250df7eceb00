/**
 * The documented DATABASE_URL forms against the real server: TCP (127.0.0.1:5432) and the Unix socket in
 * /var/run/postgresql, as URI (host as a query parameter, percent-encoded, or with an empty host) and as
 * keyword/value; `postgresql:///db?host=…` with $USER unset through the real `egov` binary (the user defaults to the
 * operating-system user, as libpq does). Connection errors name where the connection went and why it failed.
 * The server forms are SKIPPED without TEST_DATABASE_URL (and the socket forms without the socket directory).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import { connect } from '../../src/db/connect.js';
import { parseConnectionString } from '../../src/db/connection-string.js';
import { egovFromSources, runCli } from '../support/cli.js';

const url = process.env.TEST_DATABASE_URL;
const SOCKET_DIR = '/var/run/postgresql';
const osUser = userInfo().username;
const name = `egov_forms_${process.pid}_${Date.now().toString(36)}`;
const tcp = url ? parseConnectionString(url) : {};
const tcpHost = `${tcp.host ?? '127.0.0.1'}:${tcp.port ?? 5432}`;
const tcpUser = tcp.user ?? 'postgres';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function whoAndWhere(databaseUrl: string): Promise<{ user: string; db: string }> {
  const database = await connect({ databaseUrl });
  try {
    const { rows } = await sql<{
      user: string;
      db: string;
    }>`SELECT current_user AS user, current_database() AS db`.execute(database.db);
    return rows[0];
  } finally {
    await database.close();
  }
}

const onServer = url ? describe : describe.skip;
const onSocket = url && existsSync(`${SOCKET_DIR}/.s.PGSQL.5432`) ? describe : describe.skip;

beforeAll(async () => {
  if (!url) return;
  await admin(async (client) => {
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [osUser]);
    if (role.rowCount === 0) await client.query(`CREATE ROLE "${osUser}" LOGIN`);
    await client.query(`CREATE DATABASE ${name} OWNER "${osUser}"`);
  });
});

afterAll(async () => {
  if (url) await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});

onServer('DATABASE_URL over TCP', () => {
  test.each([
    `postgresql://${tcpUser}@${tcpHost}/${name}`,
    `postgres://${tcpUser}@${tcpHost}/${name}?application_name=egov-test`,
    `host=${tcpHost.split(':')[0]} port=${tcpHost.split(':')[1]} user=${tcpUser} dbname=${name}`,
  ])('%s', async (form) => {
    expect(await whoAndWhere(form)).toEqual({ user: tcpUser, db: name });
  });
});

onSocket(`DATABASE_URL over the socket in ${SOCKET_DIR}`, () => {
  test.each([
    `postgresql://${osUser}@/${name}?host=${SOCKET_DIR}`,
    `postgresql:///${name}?host=${SOCKET_DIR}`,
    `postgresql://%2Fvar%2Frun%2Fpostgresql/${name}`,
    `postgresql:///${name}`,
    `host=${SOCKET_DIR} dbname=${name}`,
  ])('%s', async (form) => {
    expect(await whoAndWhere(form)).toEqual({ user: osUser, db: name });
  });

  test('egov reference load with postgresql:///db?host=… and $USER unset migrates and loads that database', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `postgresql:///${name}?host=${SOCKET_DIR}`,
      NODE_OPTIONS: '',
    };
    delete env.USER;
    delete env.PGUSER;
    delete env.LOGNAME;
    const run = spawnSync(process.execPath, egovFromSources(['reference', 'load', '--json']), {
      env,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ regions: 85 });
  });
});

describe('a connection that fails says where it went and why', () => {
  test('refused TCP port', async () => {
    const run = await runCli(['reference', 'load'], { databaseUrl: 'postgresql://someone@127.0.0.1:1/egov' });
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'egov: cannot connect to PostgreSQL (DATABASE_URL: user "someone", database "egov" at 127.0.0.1:1): ' +
        'connection refused (is the server running and listening there?)\n',
    );
  });

  test('socket directory without a server', async () => {
    const run = await runCli(['reference', 'load'], { databaseUrl: 'postgresql://someone@/egov?host=/nonexistent' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('at socket /nonexistent/.s.PGSQL.5432): no server socket there');
    expect(run.err).not.toContain('migration');
  });
});
