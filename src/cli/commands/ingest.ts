import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerIngest: RegisterCommand = (program) => {
  program
    .command('ingest')
    .description('ingest (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov ingest" is not available yet in this version');
    });
};
