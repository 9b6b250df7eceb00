// Jest's global teardown: drops this run's PostgreSQL template database (see global-setup.cjs).
const pg = require('pg');

module.exports = async function globalTeardown() {
  const url = process.env.TEST_DATABASE_URL;
  const name = process.env.EGOV_TEST_PG_TEMPLATE;
  if (!url || !name) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
};
