// Jest's global setup: builds the migrated template databases once, in a child process that runs TypeScript via tsx.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'build-templates.ts')], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
};
