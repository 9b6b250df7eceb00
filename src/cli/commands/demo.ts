import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerDemo: RegisterCommand = (program) => {
  program
    .command('demo')
    .description('demo (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov demo" is not available yet in this version');
    });
};
