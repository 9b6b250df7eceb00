/**
 * `npm run demo` end to end, timed by step, as a user runs it: the compiled program (`node bin/egov.js demo`, without
 * --serve) on a fresh embedded database and publication folder under tmp/bench-demo-*, removed afterwards. Each step's
 * time is the gap between the demo's own timestamped progress lines ("[  12.3 s] rated 2017: …"); the first step
 * includes starting the process and migrating the database. Median of several runs; the load average and the child's
 * CPU time (user + system, all threads) are printed because the machine is shared. Target (issue 15): < 60 s quiet.
 * Run `npm run build` first (npm install does), then: node --import tsx bench/demo.ts [--repeats 3]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const repeatsAt = process.argv.indexOf('--repeats');
const repeats = repeatsAt > 0 ? Number(process.argv[repeatsAt + 1]) : 3;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
if (!existsSync(join(root, 'dist/src/cli/egov.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(2);
}

/**
 * The step a progress line reports, without its counts or paths: "rated 2017: draft run 1; …" → "rated 2017",
 * "ingested SYNTHETIC-applications-2017.csv: 94233 rows" → "ingested SYNTHETIC-applications-2017.csv" (each file its
 * own step: one "ingested" step took the median of all the files' times).
 */
const stepName = (line: string): string =>
  line
    .replace(/:.*$/, '')
    .replace(/ (tmp\/|\/).*$/, '')
    .trim();

const steps = new Map<string, number[]>();
const totals: number[] = [];
const cpu: number[] = [];
const loads: number[] = [];
for (let r = 0; r < repeats; r++) {
  const dir = mkdtempSync(join(root, 'tmp', 'bench-demo-'));
  loads.push(os.loadavg()[0]!);
  const started = performance.now();
  // /usr/bin/time would be simpler but is not everywhere; the shell's `times` gives the children's CPU time
  const child = spawnSync(
    'bash',
    [
      '-c',
      'node bin/egov.js demo --out "$1/out" --data-dir "$1/db" >"$1/log" 2>&1; status=$?; times; exit $status',
      'demo',
      dir,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } },
  );
  const wall = performance.now() - started;
  const log = spawnSync('cat', [join(dir, 'log')], { encoding: 'utf8' }).stdout;
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) {
    console.error(`demo failed (exit ${child.status}):\n${log}`);
    process.exit(1);
  }
  totals.push(wall);
  // `times` prints two lines, the shell's and its children's: "0m1.2s 0m0.3s"
  const childTimes = child.stdout
    .trim()
    .split('\n')
    .at(-1)!
    .match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  if (childTimes)
    cpu.push(Number(childTimes[1]) * 60 + Number(childTimes[2]) + Number(childTimes[3]) * 60 + Number(childTimes[4]));
  let previous = 0;
  for (const match of log.matchAll(/^\[\s*([\d.]+) s\] (.*)$/gm)) {
    const at = Number(match[1]);
    const name = stepName(match[2]!);
    (steps.get(name) ?? steps.set(name, []).get(name)!).push(at - previous);
    previous = at;
  }
}
console.log(
  `egov demo (compiled, embedded database), median of ${repeats} run(s); load average at start ${loads.map((l) => l.toFixed(1)).join(', ')} on ${os.availableParallelism()} cores`,
);
for (const [name, seconds] of steps) console.log(`  ${name.padEnd(44)} ${median(seconds).toFixed(1).padStart(7)} s`);
console.log(
  `  ${'total (wall, process start to exit)'.padEnd(44)} ${(median(totals) / 1000).toFixed(1).padStart(7)} s   (target < 60 s quiet)`,
);
if (cpu.length) console.log(`  ${'CPU time of the demo process'.padEnd(44)} ${median(cpu).toFixed(1).padStart(7)} s`);
