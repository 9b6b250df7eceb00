/**
 * Finding 9: HSTS and `upgrade-insecure-requests` only when the service is configured as served over HTTPS, so
 * plain-HTTP use on a LAN address loads its stylesheet; both are sent when `https` is set (EGOV_HTTPS=true).
 */
import { loadConfig } from '../../src/config.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { call, startHarness } from './server-harness.js';

test("plain HTTP (the default): no HSTS, no upgrade-insecure-requests; the page's stylesheet is same-origin", async () => {
  const h = await startHarness(openPgliteFromTemplate);
  try {
    const page = await call(h, '/');
    expect(page.headers.get('strict-transport-security')).toBeNull();
    expect(page.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(await page.text())?.[1];
    expect(css).toMatch(/^\//);
    expect((await call(h, css!)).status).toBe(200);
  } finally {
    await h.stop();
  }
});

test('configured as HTTPS: HSTS and upgrade-insecure-requests are sent', async () => {
  const h = await startHarness(openPgliteFromTemplate, { config: { reportsDir: '', https: true } });
  try {
    const page = await call(h, '/');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  } finally {
    await h.stop();
  }
});

test('EGOV_HTTPS and EGOV_TRUST_PROXY are read from the environment; off by default', () => {
  expect(loadConfig({})).toMatchObject({ https: undefined, trustProxy: undefined });
  expect(loadConfig({ EGOV_HTTPS: 'true', EGOV_TRUST_PROXY: 'loopback' })).toMatchObject({
    https: true,
    trustProxy: 'loopback',
  });
  expect(loadConfig({ EGOV_TRUST_PROXY: '1' }).trustProxy).toBe(1);
  expect(() => loadConfig({ EGOV_HTTPS: 'yes' })).toThrow(/EGOV_HTTPS/);
});
