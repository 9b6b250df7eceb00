import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const methodology = {
  format: 'egov-methodology/1',
  id: 'tiny',
  version: '1',
  name: 'tiny',
  indicators: [
    { id: 'a', direction: 1 },
    { id: 'b', direction: -1 },
    { id: 'online', direction: 1, categories: { yes: 1, partial: 0.5, no: 0 }, normaliser: { method: 'identity' } },
  ],
  tree: { id: 'index', children: [{ indicator: 'a' }, { indicator: 'b' }, { indicator: 'online' }] },
  normalisation: { method: 'min-max', range: [0, 1] },
  aggregation: { method: 'arithmetic' },
  rounding: { decimals: 2 },
  rank: { ties: 'min', decimals: 2 },
};
const methodologyFile = join(dir, 'tiny.json');
writeFileSync(methodologyFile, JSON.stringify(methodology));
// a: 1,2,3 -> 0, .5, 1; b (lower better): 30,10,20 -> 0, 1, .5; online: no, yes, partial -> 0, 1, .5
// index = mean: X 0, Y (0.5+1+1)/3 = 0.8333, Z (1+0.5+0.5)/3 = 0.6667 -> ranks X 3, Y 1, Z 2
const wide = join(dir, 'wide.csv');
writeFileSync(wide, 'unit,a,b,online,note\nX,1,30,no,first\nY,2,10,yes,\nZ,3,20,partial,x\n');

/** The fields of one CSV line as a spreadsheet reads them: the separator splits only outside double quotes. */
function splitQuoted(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  return [...fields, field];
}

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'egov', 'score', ...args], {
    config: loadConfig({}),
    out: (t) => {
      out.push(t);
    },
    err: (t) => {
      err.push(t);
    },
  });
  return { code, out, err };
}

describe('egov score', () => {
  it('scores a wide CSV (with text categories) and writes every node with its rank', async () => {
    const out = join(dir, 'wide-out.csv');
    const { code } = await run('--methodology', methodologyFile, '--data', wide, '--out', out);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('unit,node,level,score,score_rounded,rank,band');
    const index = lines.filter((l) => l.split(',')[1] === 'index').map((l) => l.split(','));
    expect(index.map((c) => [c[0], c[4], c[5]])).toEqual([
      ['X', '0', '3'],
      ['Y', '0.83', '1'],
      ['Z', '0.67', '2'],
    ]);
    expect(lines).toHaveLength(1 + 4 * 3);
  });

  it('writes hostile unit labels as inert text through the one CSV writer (finding 4)', async () => {
    const hostile = join(dir, 'hostile.csv');
    writeFileSync(hostile, "unit,a,b,online\n=cmd|' /C calc'!A0,1,30,no\nx;=1+1,2,10,yes\n@SUM(A1),3,20,partial\n");
    const out = join(dir, 'hostile-out.csv');
    const { code } = await run('--methodology', methodologyFile, '--data', hostile, '--out', out);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const index = text.split('\r\n').filter((l) => l.includes(',index,'));
    // The formula starts get an apostrophe; the cell with `;` is quoted so a `;`-separated reading keeps it whole.
    expect(index.map((l) => l.split(',index,')[0])).toEqual(["'=cmd|' /C calc'!A0", '"x;=1+1"', "'@SUM(A1)"]);
    // Read with either list separator (Excel takes it from the locale), no field starts a formula.
    for (const separator of [',', ';']) {
      const fields = text
        .slice(1)
        .split('\r\n')
        .flatMap((l) => splitQuoted(l, separator));
      expect(fields.filter((f) => /^[=+\-@]/.test(f))).toEqual([]);
    }
  });

  it('reads the same data in long form and gives the same scores; --json prints the summary', async () => {
    const long = join(dir, 'long.csv');
    writeFileSync(
      long,
      'unit,indicator,value\nX,a,1\nX,b,30\nX,online,no\nY,a,2\nY,b,10\nY,online,yes\nZ,a,3\nZ,b,20\nZ,online,partial\n',
    );
    const out = join(dir, 'long-out.json');
    const { code, out: printed } = await run('--methodology', methodologyFile, '--data', long, '--out', out, '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(printed.join(''));
    expect(summary.top.map((r: { unit: string }) => r.unit)).toEqual(['Y', 'Z', 'X']);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.methodologyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.log.map((s: { step: string }) => s.step)).toContain('normalise');
  });

  it('rejects an invalid methodology with exit 2, naming the JSON path, and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...methodology, tree: { id: 'index', children: [{ indicator: 'a', weight: 'heavy' }] } }),
    );
    const out = join(dir, 'never.csv');
    const { code, err } = await run('--methodology', bad, '--data', wide, '--out', out);
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/tree\.children\[0\]\.weight/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an unknown normaliser with exit 2 naming where it is', async () => {
    const bad = join(dir, 'bad-method.json');
    writeFileSync(bad, JSON.stringify({ ...methodology, normalisation: { method: 'minmax' } }));
    const { code, err } = await run('--methodology', bad, '--data', wide);
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/normalisation\.method: unknown method "minmax"/);
  });

  it('rejects data missing a needed column, or with a non-number, with exit 2', async () => {
    const noColumn = join(dir, 'no-b.csv');
    writeFileSync(noColumn, 'unit,a,online\nX,1,no\n');
    expect((await run('--methodology', methodologyFile, '--data', noColumn)).err.join('')).toMatch(/no column "b"/);
    const text = join(dir, 'text.csv');
    writeFileSync(text, 'unit,a,b,online\nX,1,abc,no\nY,2,3,yes\n');
    const result = await run('--methodology', methodologyFile, '--data', text);
    expect(result.code).toBe(2);
    expect(result.err.join('')).toMatch(/line 2, column "b": "abc" is not a number/);
  });
});

describe('egov score --explain', () => {
  it('explains a unit: contributions, the next rank up and the single changes that close the gap', async () => {
    // Z: index (1 + 0.5 + 0.5)/3 = 0.667, rank 2; Y above at 0.833: gap 1/6. Each child has effective weight 1/3,
    // so one indicator alone must rise by 3 · 1/6 = 0.5: b (normalised 0.5 → 1, raw 20 → 10, lower is better) or
    // online (0.5 → 1); a is already at its maximum 1.
    const { code, out } = await run('--methodology', methodologyFile, '--data', wide, '--explain', 'Z');
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Z at index: score 0\.67, rank 2/);
    expect(text).toMatch(/next rank up: Y \(rank 1, 0\.83\), gap 0\.17/);
    expect(text).toMatch(/closes it alone: b from 0\.50 to 1\.00; value 20 → 10 \(exact\)/);
    expect(text).toMatch(/closes it alone: online from 0\.50 to 1\.00/);
    expect(text).not.toMatch(/closes it alone: a /);
  });

  it('rejects an unknown unit with exit 2', async () => {
    const { code, err } = await run('--methodology', methodologyFile, '--data', wide, '--explain', 'Nowhere');
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/--explain: no unit "Nowhere"/);
  });
});

describe('egov score what-if options', () => {
  it('replays with a dropped indicator and reports who changes rank', async () => {
    // without online: index = (a + b)/2: X 0, Y (0.5 + 1)/2 = 0.75, Z (1 + 0.5)/2 = 0.75 → Y and Z tie at rank 1
    const { code, out } = await run('--methodology', methodologyFile, '--data', wide, '--drop', 'online', '--json');
    expect(code).toBe(0);
    const { whatIf } = JSON.parse(out.join(''));
    const byUnit = Object.fromEntries(
      whatIf.map((c: { unit: string; rankAfter: number; change: number }) => [c.unit, [c.rankAfter, c.change]]),
    );
    expect(byUnit).toEqual({ X: [3, 0], Y: [1, 0], Z: [1, 1] });
  });

  it('rejects a malformed weight with exit 2', async () => {
    const { code, err } = await run('--methodology', methodologyFile, '--data', wide, '--weight', 'a=heavy');
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/--weight: expected NODE=WEIGHT/);
  });
});

/**
 * The ministry preset screens out regions with less than half of the 342 values measured; the parsing checks below
 * score files with 2 values per region, so they use the preset without its screening rule (the last test shows the
 * rule itself on the same file).
 */
function unscreenedPreset(): string {
  const doc = JSON.parse(readFileSync(new URL('../../data/methodologies/ministry-2019.json', import.meta.url), 'utf8'));
  delete doc.screening;
  const file = join(dir, 'ministry-unscreened.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('egov score with the ministry preset on a demo-style measurement file', () => {
  it('reads region,service,indicator,value in Windows-1251 with ";", decimal commas and да/частично/нет', async () => {
    const iconv = (await import('iconv-lite')).default;
    // two regions (by code), one service, the rest of the 342 columns absent (missing): only marriage_registration is scored
    // info_complete (share 0..100): A 80 → 80, B 40 → 40; info_current (yes/partial/no): A да → 100, B частично → 50
    // stage info: A (80 + 100)/2 = 90, B (40 + 50)/2 = 45; every other stage and service missing → re-weighted away
    // so index = service = stage info: A 90 (rank 1), B 45 (rank 2)
    const rows = [
      'region;service;indicator;value',
      'RU-SMO;marriage_registration;info_complete;80,0',
      'RU-SMO;marriage_registration;info_current;да',
      'RU-TVE;marriage_registration;info_complete;40',
      'RU-TVE;marriage_registration;info_current;частично',
    ];
    const file = join(dir, 'demo-long-cp1251.csv');
    writeFileSync(file, iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1251'));
    const out = join(dir, 'ministry.csv');
    const preset = unscreenedPreset();
    const reference = new URL('../../data/reference', import.meta.url).pathname;
    const { code, err } = await run('--methodology', preset, '--data', file, '--reference', reference, '--out', out);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const index = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','))
      .filter((c) => c[1] === 'index');
    expect(index.map((c) => [c[0], c[4], c[5]])).toEqual([
      ['RU-SMO', '90', '1'],
      ['RU-TVE', '45', '2'],
    ]);
  });

  it('reads the wide layout region;service;<indicator>… with the same result', async () => {
    const iconv = (await import('iconv-lite')).default;
    const rows = [
      'region;service;info_complete;info_current',
      'RU-SMO;marriage_registration;80,0;да',
      'RU-TVE;marriage_registration;40;частично',
    ];
    const file = join(dir, 'demo-wide-cp1251.csv');
    writeFileSync(file, iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1251'));
    const out = join(dir, 'ministry-wide.csv');
    const preset = unscreenedPreset();
    const reference = new URL('../../data/reference', import.meta.url).pathname;
    const { code, err } = await run('--methodology', preset, '--data', file, '--reference', reference, '--out', out);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const index = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','))
      .filter((c) => c[1] === 'index');
    expect(index.map((c) => [c[0], c[4], c[5]])).toEqual([
      ['RU-SMO', '90', '1'],
      ['RU-TVE', '45', '2'],
    ]);
  });

  it('as shipped, screens out regions with less than half of the values measured: no score, no rank, named in the summary', async () => {
    const rows = [
      'region,service,info_complete,info_current',
      'RU-SMO,marriage_registration,80,yes',
      'RU-TVE,marriage_registration,40,partial',
    ];
    const file = join(dir, 'demo-wide-screened.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const preset = new URL('../../data/methodologies/ministry-2019.json', import.meta.url).pathname;
    const reference = new URL('../../data/reference', import.meta.url).pathname;
    const { code, out } = await run('--methodology', preset, '--data', file, '--reference', reference, '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(out.join(''));
    expect(summary.screenedOut).toEqual(['RU-SMO', 'RU-TVE']);
    expect(summary.top).toEqual([]);
  });
});
