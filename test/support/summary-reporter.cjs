// Prints the plain closing line "N passed, N failed" (plus skipped) that CI reads, and keeps it in
// tmp/test-summary.txt so .ci/run can repeat it as the very last line.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
    process.stdout.write(`\n${line}\n`);
    const dir = path.join(__dirname, '..', '..', 'tmp');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'test-summary.txt'), `${line}\n`);
  }
}
module.exports = SummaryReporter;
