import { openDatabase } from '../../db/open.js';
import { loadCatalogue } from '../../reference/catalogue.js';
import { storeCatalogue } from '../../reference/store.js';
import { report } from '../context.js';
import type { RegisterCommand } from './register.js';

export const registerReference: RegisterCommand = (program, ctx) => {
  const reference = program.command('reference').description('reference data: regions, stages, services, indicators');
  reference
    .command('load')
    .description('load the reference catalogue from data/reference into the database (idempotent)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const database = await openDatabase(ctx.config);
      try {
        const counts = await storeCatalogue(database.db, loadCatalogue());
        report(
          ctx,
          !!opts.json,
          counts,
          `reference loaded: ${counts.regions} regions, ${counts.federalDistricts} federal districts, ` +
            `${counts.stages} stages, ${counts.services} services, ${counts.indicators} indicators`,
        );
      } finally {
        await database.close();
      }
    });
};
