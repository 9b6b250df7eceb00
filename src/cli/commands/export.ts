import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerExport: RegisterCommand = (program) => {
  program
    .command('export')
    .description('export (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov export" is not available yet in this version');
    });
};
