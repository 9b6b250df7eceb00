/** Shared names of the test database templates. */
export const TEMPLATE_DUMP = new URL('../../tmp/test-template/pglite.tar.gz', import.meta.url);
export const PG_TEMPLATE = 'egov_test_template';

export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
