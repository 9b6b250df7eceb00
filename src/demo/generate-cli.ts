/**
 * Stand-alone entry of the demo generator, independent of the egov CLI:
 *   node --import tsx src/demo/generate-cli.ts OUT_DIR [--seed N] [--applications N] [--years 2017,2018,2019] [--json]
 * Prints one line per file (or the file set as JSON). Exit 2 on invalid arguments, 1 on any other failure.
 */
import { parseArgs } from 'node:util';
import { generateDemoFiles } from './write-files.js';

function integerOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new RangeError(`--${name} must be a non-negative integer, got "${text}"`);
  return Number(text);
}

async function run(argv: string[]): Promise<number> {
  let outDir: string;
  let options: { seed?: number; applications?: number; years?: number[] };
  let json: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        applications: { type: 'string' },
        years: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (positionals.length !== 1) throw new RangeError('expected exactly one output folder');
    outDir = positionals[0];
    json = values.json === true;
    options = {
      seed: integerOption('seed', values.seed),
      applications: integerOption('applications', values.applications),
      years: values.years?.split(',').map((y) => integerOption('years', y.trim()) as number),
    };
  } catch (error) {
    process.stderr.write(
      `error: ${(error as Error).message}\nusage: generate-cli OUT_DIR [--seed N] [--applications N] [--years Y,Y] [--json]\n`,
    );
    return 2;
  }
  try {
    const started = process.hrtime.bigint();
    const set = await generateDemoFiles(outDir, options);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (json) process.stdout.write(JSON.stringify(set, null, 2) + '\n');
    else {
      for (const f of set.files)
        process.stdout.write(`${f.name}\t${f.kind}\t${f.period}\t${f.rows} rows${f.ingest ? '' : '\t(variant)'}\n`);
      process.stdout.write(
        `SYNTHETIC demo data, seed ${set.seed}: ${set.files.length} files in ${outDir} (${seconds.toFixed(1)} s)\n`,
      );
    }
    return 0;
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(`error: ${message}\n`);
    return message.startsWith('invalid demo parameters') ? 2 : 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
