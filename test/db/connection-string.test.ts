/**
 * DATABASE_URL in every form libpq accepts (URI with a socket directory as the host parameter or percent-encoded,
 * empty host, IPv6, keyword/value), with the defaults libpq fills (the operating-system user, not $USER), and the
 * refusals named without echoing the string (it may hold a password).
 */
import { loadConfig } from '../../src/config.js';
import { parseConnectionString } from '../../src/db/connection-string.js';
import { type PgEnvironment, pgTarget } from '../../src/db/pg-config.js';

const socketOnly = (osUser = 'alice'): PgEnvironment => ({
  env: {},
  osUser: () => osUser,
  exists: (path) => path === '/var/run/postgresql/.s.PGSQL.5432',
});

describe('parseConnectionString', () => {
  test.each([
    ['postgresql://root@/db?host=/var/run/postgresql', { user: 'root', dbname: 'db', host: '/var/run/postgresql' }],
    ['postgresql:///db?host=/var/run/postgresql', { dbname: 'db', host: '/var/run/postgresql' }],
    ['postgresql://%2Fvar%2Frun%2Fpostgresql/db', { dbname: 'db', host: '/var/run/postgresql' }],
    [
      'postgresql://postgres@127.0.0.1:5432/postgres',
      { user: 'postgres', host: '127.0.0.1', port: '5432', dbname: 'postgres' },
    ],
    [
      'postgres://u:p%40ss@db.example:6432/egov?sslmode=require&application_name=egov',
      {
        user: 'u',
        password: 'p@ss',
        host: 'db.example',
        port: '6432',
        dbname: 'egov',
        sslmode: 'require',
        application_name: 'egov',
      },
    ],
    ['postgresql://[::1]:5433/egov', { host: '::1', port: '5433', dbname: 'egov' }],
    ['postgresql://', {}],
    ['postgresql://localhost/x?dbname=y', { host: 'localhost', dbname: 'y' }],
    ['host=/var/run/postgresql dbname=egov user=root', { host: '/var/run/postgresql', dbname: 'egov', user: 'root' }],
    ["host = localhost password='a b\\'c' port=5433", { host: 'localhost', password: "a b'c", port: '5433' }],
  ])('%s', (text, expected) => {
    expect(parseConnectionString(text)).toEqual(expected);
  });

  test.each([
    ['postgresql://h/db?colour=blue', /unknown query parameter "colour"/],
    ['host=h colour=blue', /unknown keyword "colour"/],
    ['postgresql://h1,h2/db', /several hosts/],
    ['postgresql://h:port/db', /port "port" is not a number/],
    ["host='unterminated", /lacks its closing quote/],
    ['just-a-word', /followed by no "="/],
  ])('%s is refused: %s', (text, message) => {
    expect(() => parseConnectionString(text)).toThrow(message);
  });

  test('a refusal does not repeat the password', () => {
    expect(() => parseConnectionString('postgresql://u:s3cret@h/db?colour=1')).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining('s3cret'),
      }),
    );
  });
});

describe('pgTarget fills what libpq fills', () => {
  test('no user: the operating-system user, whatever $USER says; the database defaults to the user', () => {
    const system = { ...socketOnly('alice'), env: { USER: 'someone-else' } };
    const { config } = pgTarget(parseConnectionString('postgresql:///?host=/var/run/postgresql'), system);
    expect(config).toMatchObject({ user: 'alice', database: 'alice', host: '/var/run/postgresql', port: 5432 });
  });

  test('no host: the directory holding the server socket, else localhost', () => {
    expect(pgTarget(parseConnectionString('postgresql:///egov'), socketOnly()).config.host).toBe('/var/run/postgresql');
    const none: PgEnvironment = { env: {}, osUser: () => 'alice', exists: () => false };
    expect(pgTarget(parseConnectionString('dbname=egov'), none).config.host).toBe('localhost');
  });

  test('PG* variables come between the string and the defaults', () => {
    const system = { ...socketOnly(), env: { PGUSER: 'bob', PGHOST: 'db', PGPORT: '6000', PGDATABASE: 'd' } };
    expect(pgTarget(parseConnectionString('postgresql://'), system).config).toMatchObject({
      user: 'bob',
      host: 'db',
      port: 6000,
      database: 'd',
    });
    expect(pgTarget(parseConnectionString('postgresql://carol@h/e'), system).config).toMatchObject({
      user: 'carol',
      host: 'h',
      port: 6000,
      database: 'e',
    });
  });

  test('sslmode maps to TLS options; the description names the socket and leaves out the password', () => {
    const target = pgTarget(parseConnectionString('postgresql://u:pw@/d?host=/run/pg&sslmode=require'), socketOnly());
    expect(target.config.ssl).toEqual({ rejectUnauthorized: false });
    expect(target.description).toBe('user "u", database "d" at socket /run/pg/.s.PGSQL.5432');
    expect(pgTarget(parseConnectionString('host=h sslmode=disable'), socketOnly()).config.ssl).toBe(false);
    expect(() => pgTarget(parseConnectionString('host=h sslmode=sometimes'), socketOnly())).toThrow(
      /sslmode "sometimes"/,
    );
  });
});

describe('loadConfig', () => {
  test('accepts the socket forms the URL validator refused', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://root@/db?host=/var/run/postgresql' }).databaseUrl).toBe(
      'postgresql://root@/db?host=/var/run/postgresql',
    );
    expect(loadConfig({ DATABASE_URL: 'host=/var/run/postgresql dbname=db' }).databaseUrl).toBe(
      'host=/var/run/postgresql dbname=db',
    );
  });

  test('names the variable and the reason of a refusal', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://h/db?colour=blue' })).toThrow(
      'invalid environment configuration: DATABASE_URL: unknown query parameter "colour"',
    );
  });
});
