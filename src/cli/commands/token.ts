import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerToken: RegisterCommand = (program) => {
  program
    .command('token')
    .description('token (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov token" is not available yet in this version');
    });
};
