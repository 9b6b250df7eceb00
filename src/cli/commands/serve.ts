import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerServe: RegisterCommand = (program) => {
  program
    .command('serve')
    .description('serve (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov serve" is not available yet in this version');
    });
};
