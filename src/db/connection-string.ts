/**
 * PostgreSQL connection strings in both forms libpq accepts, parsed into libpq keywords:
 *
 * - URI: `postgresql://[user[:password]@][host][:port][/dbname][?keyword=value&…]` (or `postgres://`), every part
 *   optional and percent-decoded; the host may be a socket directory, percent-encoded
 *   (`postgresql://%2Fvar%2Frun%2Fpostgresql/egov`) or given as a query parameter
 *   (`postgresql://root@/egov?host=/var/run/postgresql`, `postgresql:///egov?host=/var/run/postgresql`), and an IPv6
 *   address is bracketed (`postgresql://[::1]:5432/egov`).
 * - keyword/value: `host=/var/run/postgresql dbname=egov user=root`, a value single-quoted when it holds spaces
 *   (`password='a b'`, with `\'` and `\\` escapes).
 *
 * A query parameter overrides the same part of the URI, as in libpq. An unknown keyword is refused with its name, as
 * libpq does; so is a list of several hosts (libpq tries them in turn; the driver, `pg`, connects to one).
 * The messages never repeat the string itself, which may hold a password.
 */

export const CONNECTION_KEYWORDS = [
  'host',
  'hostaddr',
  'port',
  'dbname',
  'user',
  'password',
  'application_name',
  'fallback_application_name',
  'options',
  'connect_timeout',
  'sslmode',
  'sslcert',
  'sslkey',
  'sslrootcert',
  'keepalives',
  'keepalives_idle',
  'client_encoding',
] as const;
export type ConnectionKeyword = (typeof CONNECTION_KEYWORDS)[number];
export type ConnectionParameters = Partial<Record<ConnectionKeyword, string>>;

const isKeyword = (key: string): key is ConnectionKeyword => (CONNECTION_KEYWORDS as readonly string[]).includes(key);

export class ConnectionStringError extends Error {}

export function parseConnectionString(text: string): ConnectionParameters {
  const trimmed = text.trim();
  const params = /^postgres(ql)?:\/\//i.test(trimmed) ? parseUri(trimmed) : parseKeywordValue(trimmed);
  for (const key of ['host', 'hostaddr', 'port'] as const) {
    if (params[key]?.includes(',')) {
      throw new ConnectionStringError(`several ${key}s (${key}=${params[key]}) are not supported: name one`);
    }
  }
  if (params.port !== undefined && !/^\d+$/.test(params.port)) {
    throw new ConnectionStringError(`port "${params.port}" is not a number`);
  }
  return params;
}

function set(params: ConnectionParameters, key: string, value: string, where: string): void {
  if (!isKeyword(key)) {
    throw new ConnectionStringError(`unknown ${where} "${key}" (known: ${CONNECTION_KEYWORDS.join(', ')})`);
  }
  params[key] = value;
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ConnectionStringError(`the ${what} of the connection URI has an invalid percent-encoding`);
  }
}

function parseUri(uri: string): ConnectionParameters {
  const params: ConnectionParameters = {};
  let rest = uri.replace(/^postgres(ql)?:\/\//i, '');
  const query = rest.indexOf('?');
  const queryText = query >= 0 ? rest.slice(query + 1) : '';
  if (query >= 0) rest = rest.slice(0, query);
  const slash = rest.indexOf('/');
  const authority = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash + 1) : '';
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const userInfo = authority.slice(0, at);
    const colon = userInfo.indexOf(':');
    const user = colon >= 0 ? userInfo.slice(0, colon) : userInfo;
    if (user) params.user = decode(user, 'user name');
    if (colon >= 0) params.password = decode(userInfo.slice(colon + 1), 'password');
  }
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const { host, port } = splitHostPort(hostPort);
  if (host) params.host = decode(host, 'host');
  if (port) params.port = port;
  if (path) params.dbname = decode(path, 'database name');
  for (const pair of queryText.split('&').filter((p) => p.length > 0)) {
    const eq = pair.indexOf('=');
    if (eq < 0)
      throw new ConnectionStringError(`query parameter "${decode(pair, 'query')}" of the connection URI has no "="`);
    set(params, decode(pair.slice(0, eq), 'query'), decode(pair.slice(eq + 1), 'query'), 'query parameter');
  }
  return params;
}

function splitHostPort(hostPort: string): { host: string; port: string } {
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) throw new ConnectionStringError('the IPv6 host of the connection URI lacks its closing "]"');
    const after = hostPort.slice(close + 1);
    if (after && !after.startsWith(':'))
      throw new ConnectionStringError('unexpected text after the IPv6 host of the connection URI');
    return { host: hostPort.slice(1, close), port: after.slice(1) };
  }
  const colon = hostPort.lastIndexOf(':');
  return colon >= 0
    ? { host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1) }
    : { host: hostPort, port: '' };
}

function parseKeywordValue(text: string): ConnectionParameters {
  const params: ConnectionParameters = {};
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  for (skipSpace(); i < text.length; skipSpace()) {
    const keyStart = i;
    while (i < text.length && text[i] !== '=' && !/\s/.test(text[i])) i++;
    const key = text.slice(keyStart, i);
    skipSpace();
    if (text[i] !== '=') {
      throw new ConnectionStringError(
        `"${key}" is followed by no "=" (expected a URI postgresql://… or keyword=value pairs)`,
      );
    }
    i++;
    skipSpace();
    let value = '';
    if (text[i] === "'") {
      i++;
      for (;;) {
        if (i >= text.length) throw new ConnectionStringError(`the quoted value of "${key}" lacks its closing quote`);
        if (text[i] === "'") {
          i++;
          break;
        }
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
    } else {
      while (i < text.length && !/\s/.test(text[i])) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
    }
    set(params, key, value, 'keyword');
  }
  return params;
}
