import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerScore: RegisterCommand = (program) => {
  program
    .command('score')
    .description('score (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov score" is not available yet in this version');
    });
};
