import { Command } from 'commander';
import { COMMANDS, commandOf } from '../../src/cli/commands/index.js';
import { loadConfig } from '../../src/config.js';
import { runCli } from '../support/cli.js';

// `egov --help` lists the commands from src/cli/commands/index.ts without loading their modules (see
// test/package/compiled-program.test.ts for what the process loads); the listing must say what each module says.
describe('commands are loaded only when they run', () => {
  test.each(COMMANDS.map((c) => [c.name, c]))("the summary of %s is its module's description", async (name, entry) => {
    const program = new Command('egov');
    (await entry.load())(program, { config: loadConfig({}), out: () => undefined, err: () => undefined });
    expect(program.commands.map((c) => [c.name(), c.description()])).toEqual([[name, entry.summary]]);
  });

  test('the command is the first argument, or the one after "help"; anything else is none', () => {
    expect(commandOf(['node', 'egov', 'score', '--data', 'x'])?.name).toBe('score');
    expect(commandOf(['node', 'egov', 'help', 'export'])?.name).toBe('export');
    expect(commandOf(['node', 'egov', '--help'])).toBeUndefined();
    expect(commandOf(['node', 'egov', 'frobnicate'])).toBeUndefined();
    expect(commandOf(['node', 'egov'])).toBeUndefined();
  });

  test('the help of one command shows its options; "egov help CMD" too', async () => {
    for (const args of [
      ['score', '--help'],
      ['help', 'score'],
    ]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/--methodology <file>/);
    }
  });
});
