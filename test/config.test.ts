/** The environment configuration (src/config.ts): defaults, values, and every invalid variable named at once. */
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  test('an empty environment gives the defaults', () => {
    expect(loadConfig({})).toEqual({ dataDir: '.egov/pglite', port: 8080, reportsDir: 'reports' });
  });

  test('empty variables count as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '', EGOV_DATA_DIR: '', EGOV_SHUTDOWN_GRACE: '' })).toEqual({
      dataDir: '.egov/pglite',
      port: 8080,
      reportsDir: 'reports',
    });
  });

  test('every variable read', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgresql://u@db.example/egov',
        EGOV_DATA_DIR: 'memory://',
        PORT: '0',
        EGOV_REPORTS_DIR: '/srv/reports',
        EGOV_TRUST_PROXY: '2',
        EGOV_HTTPS: '1',
        EGOV_SHUTDOWN_GRACE: '600',
        EGOV_PUBLIC_URL: 'https://egov.example.ru/',
      }),
    ).toEqual({
      databaseUrl: 'postgresql://u@db.example/egov',
      dataDir: 'memory://',
      port: 0,
      reportsDir: '/srv/reports',
      trustProxy: 2,
      https: true,
      shutdownGraceSeconds: 600,
      publicUrl: 'https://egov.example.ru',
    });
    expect(loadConfig({ PORT: '65535', EGOV_SHUTDOWN_GRACE: '0.5' })).toMatchObject({
      port: 65535,
      shutdownGraceSeconds: 0.5,
    });
  });

  test.each([
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['PORT', 'eighty'],
    ['PORT', ' '],
    ['EGOV_SHUTDOWN_GRACE', '600.1'],
    ['EGOV_SHUTDOWN_GRACE', '-0.1'],
    ['EGOV_SHUTDOWN_GRACE', 'Infinity'],
    ['EGOV_PUBLIC_URL', 'egov.example.ru'],
    ['EGOV_PUBLIC_URL', 'ftp://egov.example.ru'],
  ])('%s=%j is refused, naming the variable and the value', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^invalid environment configuration: ${name}: must be .* \\(got "${value}"\\)$`),
    );
  });

  test('several invalid variables are named together', () => {
    expect(() => loadConfig({ PORT: 'x', DATABASE_URL: 'postgresql://h/db?colour=blue' })).toThrow(
      /^invalid environment configuration: DATABASE_URL: unknown query parameter "colour" .*; PORT: must be a whole number from 0 to 65535 \(got "x"\)$/,
    );
  });
});
