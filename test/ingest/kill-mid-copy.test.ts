/**
 * A process killed (SIGKILL) in the middle of an application-log COPY leaves no batch (committed or pending) and no
 * rows: the whole batch lives in one transaction that the server rolls back when the connection drops.
 * PostgreSQL only (an in-memory PGlite dies with its process); the in-process abort is tested on both databases in
 * ingest-applications.test.ts.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { databaseUrl } from '../support/paths.js';
import { describeOnPostgres, openPostgresFromTemplate } from '../support/database.js';
import { counts, rows, tempDir } from './helpers.js';

const url = process.env.TEST_DATABASE_URL;
const HEADER =
  'application_id,region,oktmo,service,channel,submitted_at,registered_at,interagency_sent_at,interagency_answered_at,decided_at,delivered_at,outcome,deadline_days,rating';

describeOnPostgres('an ingest killed mid-COPY on postgres', () => {
  test('leaves the database exactly as it was', async () => {
    const dir = tempDir();
    const database = await openPostgresFromTemplate(url!);
    try {
      const lines = [HEADER];
      for (let i = 0; i < 300_000; i++)
        lines.push(
          `K${i},RU-SMO,66701000,marriage_registration,portal,2017-03-01T10:00:00Z,,,,2017-03-02T10:00:00Z,,issued,30,4`,
        );
      const file = dir.write('big.csv', `${lines.join('\n')}\n`);
      const before = await counts(database);
      const [{ name }] = await rows<{ name: string }>(database, 'SELECT current_database() AS name');
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          fileURLToPath(new URL('./support/ingest-child.ts', import.meta.url)),
          databaseUrl(url!, name),
          file,
        ],
        { env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let killedAt = 0;
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const progress = /progress (\d+)\n$/.exec(output);
        if (!killedAt && progress && Number(progress[1]) >= 5000) {
          killedAt = Number(progress[1]);
          child.kill('SIGKILL');
        }
      });
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
      expect(signal).toBe('SIGKILL');
      expect(killedAt).toBeGreaterThanOrEqual(5000);
      expect(output).not.toMatch(/done/);
      expect(await counts(database)).toEqual(before);
      expect(await rows(database, 'SELECT id FROM ingest_batch')).toEqual([]);
    } finally {
      await database.close();
      dir.remove();
    }
  }, 180_000);
});
