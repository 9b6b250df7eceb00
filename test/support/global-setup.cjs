// Jest's global setup: builds the migrated template databases once, in a child process that runs TypeScript via tsx.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  // One template database per run: concurrent runs on one PostgreSQL server must not clobber each other's.
  process.env.EGOV_TEST_PG_TEMPLATE ??= `egov_test_template_${process.pid}_${Date.now().toString(36)}`;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'build-templates.ts')], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
};
