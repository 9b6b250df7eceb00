import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerReference: RegisterCommand = (program) => {
  program
    .command('reference')
    .description('reference (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov reference" is not available yet in this version');
    });
};
