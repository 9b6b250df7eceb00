import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerRate: RegisterCommand = (program) => {
  program
    .command('rate')
    .description('rate (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov rate" is not available yet in this version');
    });
};
