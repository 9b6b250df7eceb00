import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerAnalyse: RegisterCommand = (program) => {
  program
    .command('analyse')
    .description('analyse (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov analyse" is not available yet in this version');
    });
};
