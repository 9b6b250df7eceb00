/**
 * The process entry of the `egov` command: runs the CLI on this process's arguments and sets the exit code.
 * bin/egov.js loads its compiled form (dist/src/cli/egov.js); tests and benches may run it from the sources with
 * `node --import tsx src/cli/egov.ts …`.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv);
