import type { RegisterCommand } from './register.js';
import { NotAvailableError } from '../errors.js';

export const registerPublish: RegisterCommand = (program) => {
  program
    .command('publish')
    .description('publish (not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new NotAvailableError('"egov publish" is not available yet in this version');
    });
};
