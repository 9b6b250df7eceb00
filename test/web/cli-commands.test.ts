/** `egov token create` and `egov publish` through main(): exit codes and output, on an in-memory database. */
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { EXIT_INVALID_INPUT, EXIT_OK } from '../../src/cli/errors.js';

function context(): CliContext & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (t) => lines.push(t),
    err: (t) => errors.push(t),
    config: { dataDir: 'memory://', port: 0, reportsDir: 'reports' },
  };
}

test('token create prints a token once, in the documented shape', async () => {
  const ctx = context();
  expect(
    await main(['node', 'egov', 'token', 'create', '--role', 'federal-analyst', '--label', 'ci', '--json'], ctx),
  ).toBe(EXIT_OK);
  const created = JSON.parse(ctx.lines.join('')) as { token: string; prefix: string; role: string };
  expect(created.role).toBe('federal-analyst');
  expect(created.token).toMatch(new RegExp(`^egov_${created.prefix}_[A-Za-z0-9_-]{43}$`));
});

test('token create refuses a regional token without a region and an unknown role (exit 2)', async () => {
  const ctx = context();
  expect(await main(['node', 'egov', 'token', 'create', '--role', 'regional'], ctx)).toBe(EXIT_INVALID_INPUT);
  expect(ctx.errors.join('\n')).toContain('--region');
  expect(await main(['node', 'egov', 'token', 'create', '--role', 'admin'], ctx)).toBe(EXIT_INVALID_INPUT);
});

test('publish refuses a malformed or missing run (exit 2)', async () => {
  const ctx = context();
  expect(await main(['node', 'egov', 'publish', '--run', 'abc'], ctx)).toBe(EXIT_INVALID_INPUT);
  expect(await main(['node', 'egov', 'publish', '--run', '999'], ctx)).toBe(EXIT_INVALID_INPUT);
  expect(ctx.errors.join('\n')).toContain('rating run 999 does not exist');
});
