/**
 * Finding 5 replayed: SIGTERM to a real `egov serve` (a child process on PGlite in a temp folder) while keep-alive
 * connections issue requests in a loop and a slow upload is still arriving. Every request either completes (200, or
 * the upload's own answer) or is refused cleanly (503 `shutting_down` with `Connection: close`, or its connection
 * closed before it was served); no 500, no "driver has already been destroyed"; nothing is served 200 once the
 * server has said it is shutting down; the slow upload's handler still writes to the database (its audit row is
 * there afterwards); the process exits 0 well within the grace period. The old server kept answering on open
 * connections until its 10 s cut, then reset the running requests and closed the database under their handlers.
 * Everything has a hard timeout (requests, start-up, exit), and the child is killed in afterAll whatever happens.
 */
import { PGlite } from '@electric-sql/pglite';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from '../../src/db/connect.js';
import { loadConfig } from '../../src/config.js';
import { createToken } from '../../src/auth/tokens.js';
import { egovFromSources } from '../support/cli.js';
import { TEMPLATE_DUMP } from '../support/paths.js';

const GRACE_SECONDS = 8;
const LOOPS = 4;

interface Outcome {
  readonly loop: number;
  readonly sentAt: number;
  readonly status?: number;
  readonly connection?: string;
  readonly body?: string;
  readonly error?: string;
}

let dir: string;
let child: ChildProcess | undefined;
let stderr = '';
const agent = new http.Agent({ keepAlive: true, maxSockets: LOOPS + 1 });

afterAll(() => {
  agent.destroy();
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One request on the keep-alive agent; resolves with its status or the connection error, never rejects. */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: (req: http.ClientRequest) => Promise<void> },
  loop: number,
): Promise<Outcome> {
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { agent, method: options.method ?? 'GET', headers: options.headers, signal: AbortSignal.timeout(20_000) },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ loop, sentAt, status: res.statusCode, connection: res.headers.connection, body }),
        );
        res.on('error', (error) => resolve({ loop, sentAt, error: errorName(error) }));
      },
    );
    req.on('error', (error) => resolve({ loop, sentAt, error: errorName(error) }));
    if (options.body) options.body(req).catch((error: Error) => resolve({ loop, sentAt, error: errorName(error) }));
    else req.end();
  });
}

function errorName(error: Error): string {
  return (error as NodeJS.ErrnoException).code ?? error.message;
}

/** Waits for a line matching `pattern` in a growing text, or fails after `ms`. */
async function waitFor(read: () => string, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  const deadline = performance.now() + ms;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${pattern}; got: ${read()}`);
    await sleep(50);
  }
}

test('SIGTERM under keep-alive load: running requests finish, new ones get 503, no 500, exit 0 in time', async () => {
  dir = mkdtempSync(join(tmpdir(), 'egov-shutdown-'));
  const dataDir = join(dir, 'pglite');
  // The migrated template, written to a folder the child opens; an analyst token created in it.
  const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]) });
  const database = await connect({ pglite });
  const { token } = await createToken(database.db, { role: 'federal-analyst', label: 'shutdown test' });
  await database.close();
  const auth = { Authorization: `Bearer ${token}` };

  let stdout = '';
  child = spawn(process.execPath, egovFromSources(['serve', '--port', '0', '--json']), {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      EGOV_DATA_DIR: dataDir,
      EGOV_REPORTS_DIR: join(dir, 'reports'),
      EGOV_SHUTDOWN_GRACE: String(GRACE_SECONDS),
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child!.on('exit', (code) => resolve({ code, at: performance.now() })),
  );
  const url = JSON.parse((await waitFor(() => stdout, /\{"url":"[^"]+"\}/, 150_000))[0]).url as string;

  // The slow request's answer on a server that is not shutting down: an upload the service refuses, audited.
  const upload = `${url}/api/v1/ingest?period=2024&kind=measurements`;
  const uploadHeaders = { ...auth, 'X-File-Name': 'slow.csv', 'Content-Type': 'text/csv' };
  const content = 'not,a,measurements,file\n'.repeat(40);
  const baseline = await request(
    upload,
    { method: 'POST', headers: uploadHeaders, body: async (r) => void r.end(content) },
    -1,
  );
  expect(baseline.status).toBeGreaterThanOrEqual(400);
  expect(baseline.status).toBeLessThan(500);

  // Keep-alive loops: authenticated reads (each verifies the token in the database), one after another per socket.
  const outcomes: Outcome[] = [];
  let stopLoops = false;
  const loops = Array.from({ length: LOOPS }, async (_, loop) => {
    while (!stopLoops) {
      const outcome = await request(`${url}/api/v1/runs`, { headers: auth }, loop);
      outcomes.push(outcome);
      if (outcome.status !== 200) return;
    }
  });
  await waitFor(() => String(outcomes.filter((o) => o.status === 200).length >= LOOPS * 5 || ''), /true/, 60_000);

  // The slow upload: headers now, the body trickled over ~2 s, SIGTERM sent while it is still arriving.
  let signalled = 0;
  const slow = request(
    upload,
    {
      method: 'POST',
      headers: { ...uploadHeaders, 'Content-Length': String(Buffer.byteLength(content)) },
      body: async (r) => {
        const pieces = content.match(/[^]{1,96}/g)!;
        r.write(pieces[0]);
        await sleep(500);
        signalled = performance.now();
        child!.kill('SIGTERM');
        for (const piece of pieces.slice(1)) {
          await sleep(2000 / pieces.length);
          r.write(piece);
        }
        r.end();
      },
    },
    LOOPS,
  );
  await waitFor(() => stderr, /SIGTERM received/, 30_000);
  const drainingSeen = performance.now();
  const slowOutcome = await slow;
  const exit = await Promise.race([
    exited,
    sleep((GRACE_SECONDS + 20) * 1000, undefined, { ref: false }).then(() => undefined),
  ]);
  stopLoops = true;
  await Promise.race([Promise.all(loops), sleep(25_000, undefined, { ref: false })]);

  // The slow upload got its full answer, the same as before shutdown, and said it closes the connection.
  expect(slowOutcome).toMatchObject({ status: baseline.status, connection: 'close' });
  expect(JSON.parse(slowOutcome.body!)).toEqual(JSON.parse(baseline.body!));
  // Every loop request: 200, a clean 503 with Connection: close, or a connection closed before it was served.
  for (const o of outcomes) {
    if (o.error !== undefined) expect(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'socket hang up']).toContain(o.error);
    else if (o.status !== 200) {
      expect(o).toMatchObject({ status: 503, connection: 'close' });
      expect(JSON.parse(o.body!)).toMatchObject({ error: { code: 'shutting_down' } });
    }
  }
  expect(outcomes.filter((o) => (o.status ?? 0) >= 500 && o.status !== 503)).toEqual([]);
  // Once the server said it is shutting down, nothing new is served; every loop was stopped by the server.
  expect(outcomes.filter((o) => o.status === 200 && o.sentAt > drainingSeen)).toEqual([]);
  expect(outcomes.filter((o) => o.status !== 200)).toHaveLength(LOOPS);
  expect(stderr).not.toMatch(/destroyed|internal|Error/);
  expect(exit).toBeDefined();
  expect(exit!.code).toBe(0);
  expect((exit!.at - signalled) / 1000).toBeLessThan(GRACE_SECONDS);

  // The slow upload's handler wrote to the database while the server drained: two refused-upload audit rows.
  const after = await PGlite.create(dataDir);
  try {
    const audited = await after.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'ingest.%' AND target = 'file:slow.csv'",
    );
    expect(audited.rows[0]!.n).toBe(2);
  } finally {
    await after.close();
  }
}, 300_000);

test('EGOV_SHUTDOWN_GRACE sets the grace period in seconds (default: unset, 10 s); a bad value names the variable', () => {
  expect(loadConfig({}).shutdownGraceSeconds).toBeUndefined();
  expect(loadConfig({ EGOV_SHUTDOWN_GRACE: '2.5' }).shutdownGraceSeconds).toBe(2.5);
  expect(() => loadConfig({ EGOV_SHUTDOWN_GRACE: 'soon' })).toThrow(/EGOV_SHUTDOWN_GRACE/);
  expect(() => loadConfig({ EGOV_SHUTDOWN_GRACE: '-1' })).toThrow(/EGOV_SHUTDOWN_GRACE/);
});
