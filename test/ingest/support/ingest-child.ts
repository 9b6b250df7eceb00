/**
 * Child process of the kill test: ingests one application log into the PostgreSQL database given, printing
 * "progress <rows>" lines so the parent can kill it in the middle of the COPY.
 * Usage: node --import tsx test/ingest/support/ingest-child.ts DATABASE_URL FILE
 */
import { connect } from '../../../src/db/connect.js';
import { ingestFiles } from '../../../src/ingest/ingest-files.js';

const [databaseUrl, file] = process.argv.slice(2);
const database = await connect({ databaseUrl });
try {
  await ingestFiles(database, [file], {
    period: 2017,
    kind: 'applications',
    onProgress: (p) => process.stdout.write(`progress ${p.rows}\n`),
  });
  process.stdout.write('done\n');
} finally {
  await database.close();
}
