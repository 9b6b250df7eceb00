/**
 * A published run's export reads the run, never the live reference or programme tables: region names, federal
 * districts and tiles come from the labels stored when it was rated, adoption against target and MFC documents from
 * the figures stored when it was published. Renaming a region and a district, reordering the stages, correcting the adoption data and
 * adding applications after publication leave the re-exported model and CSV bytes identical.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/connect.js';
import { writeCsvFiles } from '../../src/report/csv/write-csv.js';
import { loadPublicationModel } from '../../src/report/load-model.js';
import { describeEachDatabase } from '../support/database.js';
import { seedRatedRuns } from './tables/seed-run.js';

async function batch(database: Database, kind: 'targets' | 'applications'): Promise<string> {
  const row = await database.db
    .insertInto('ingest_batch')
    .values({
      kind,
      period: 2018,
      content_sha256: (kind === 'targets' ? 'a' : 'b').repeat(64),
      source_name: `test ${kind}`,
      status: 'committed',
      committed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

const application = (id: string, batchId: string) => ({
  year: 2018,
  region_code: 'RU-TUL',
  application_id: id,
  oktmo: '70701000',
  service_id: 'marriage_registration',
  channel: 'mfc' as const,
  submitted_at: new Date('2018-03-01T10:00:00Z'),
  outcome: 'issued' as const,
  deadline_days: 10,
  batch_id: batchId,
});

describeEachDatabase('a published export reads the run, not the live tables, on $name', ({ open }) => {
  let database: Database;
  let runId: number;
  let dir: string;
  beforeAll(async () => {
    database = await open();
    dir = await mkdtemp(join(tmpdir(), 'egov-reads-run-'));
    const targets = await batch(database, 'targets');
    await database.db
      .insertInto('adoption')
      .values({ region_code: 'RU-TUL', year: 2018, measured_share: 40, target_share: 50, batch_id: targets })
      .execute();
    const applications = await batch(database, 'applications');
    await database.db
      .insertInto('application')
      .values([application('A1', applications), application('A2', applications)])
      .execute();
    runId = await seedRatedRuns(database);
  }, 120_000);
  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('renaming regions and districts, reordering stages, correcting adoption and adding applications change nothing', async () => {
    const before = await loadPublicationModel(database.db, runId);
    const tula = before.regions.find((r) => r.code === 'RU-TUL')!;
    expect(tula.name.en).toBe('Tula Oblast');
    expect(tula.federalDistrict.en).toBe('Central Federal District');
    // stored at publication: Tula's 40 % against a 50 % target, and its 2 MFC documents in Tula (70701000)
    expect(before.adoption.find((a) => a.regionCode === 'RU-TUL')).toEqual({
      regionCode: 'RU-TUL',
      actual: 40,
      target: 50,
    });
    expect(before.offices).toEqual([
      expect.objectContaining({ regionCode: 'RU-TUL', municipality: '70701000', channel: 'mfc', documents: 2 }),
    ]);
    const first = await writeCsvFiles(before, join(dir), 'en');
    const firstBytes = await Promise.all(first.map((f) => readFile(join(dir, f))));

    await database.db
      .updateTable('region')
      .set({ name_en: 'Renamed Oblast', name_ru: 'Переименованная область' })
      .where('code', '=', 'RU-TUL')
      .execute();
    await database.db.updateTable('federal_district').set({ name_en: 'Renamed District' }).execute();
    await database.db.updateTable('stage').set({ ord: 99 }).where('id', '=', 'status').execute();
    await database.db.updateTable('adoption').set({ measured_share: 99, target_share: 1 }).execute();
    const more = await batch(database, 'applications');
    await database.db
      .insertInto('application')
      .values([application('A3', more)])
      .execute();

    const after = await loadPublicationModel(database.db, runId);
    expect(after).toEqual(before);
    const second = await writeCsvFiles(after, join(dir), 'en');
    expect(second).toEqual(first);
    const secondBytes = await Promise.all(second.map((f) => readFile(join(dir, f))));
    secondBytes.forEach((bytes, i) => expect([second[i], bytes.equals(firstBytes[i]!)]).toEqual([second[i], true]));
  }, 120_000);
});
