import { loadCatalogue } from '../../src/reference/catalogue.js';
import { storeCatalogue } from '../../src/reference/store.js';
import { rowCounts } from '../../src/db/row-counts.js';
import { describeEachDatabase } from '../support/database.js';

describeEachDatabase('reference load on $name', ({ open }) => {
  test('is idempotent and applies corrections to names', async () => {
    const database = await open();
    try {
      const catalogue = loadCatalogue();
      const before = await rowCounts(database.db);
      await storeCatalogue(database.db, catalogue);
      // Every load is audited (reference.load): only the audit log grows.
      expect(await rowCounts(database.db)).toEqual({ ...before, audit_log: before.audit_log! + 1 });
      expect(before.region).toBe(85);
      const corrected = {
        ...catalogue,
        regions: catalogue.regions.map((r) => (r.code === 'RU-SMO' ? { ...r, nameEn: 'Smolensk Region' } : r)),
      };
      await storeCatalogue(database.db, corrected);
      const smolensk = await database.db
        .selectFrom('region')
        .select('name_en')
        .where('code', '=', 'RU-SMO')
        .executeTakeFirstOrThrow();
      expect(smolensk.name_en).toBe('Smolensk Region');
      expect(await rowCounts(database.db)).toEqual({ ...before, audit_log: before.audit_log! + 2 });
    } finally {
      await database.close();
    }
  });
});
