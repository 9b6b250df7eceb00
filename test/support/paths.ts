/** Shared names of the test database templates. */
export const TEMPLATE_DUMP = new URL('../../tmp/test-template/pglite.tar.gz', import.meta.url);
/**
 * The PostgreSQL template database of this test run. Jest's global setup names it once per run (EGOV_TEST_PG_TEMPLATE,
 * inherited by the workers), so two runs on one server never drop each other's template.
 */
export const PG_TEMPLATE = process.env.EGOV_TEST_PG_TEMPLATE ?? 'egov_test_template';

export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
