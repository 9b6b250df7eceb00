/** Shared names of the test database templates. */
export const TEMPLATE_DUMP = new URL('../../tmp/test-template/pglite.tar.gz', import.meta.url);
export const PG_TEMPLATE = 'egov_test_template';

/** The URL of the server's maintenance connection (same server, the database named in TEST_DATABASE_URL). */
export function adminUrl(url: string): string {
  return url;
}

export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
