// `node --import tsx test/xlsx-writer/write-fixture-workbook.ts DIR`: writes the fixture's publication workbook into
// DIR the way an export does (through src/report/write-publication.ts's module graph), for no-exceljs.test.ts.
import '../../src/report/write-publication.js';
import { writeWorkbook } from '../../src/report/xlsx/write-xlsx.js';
import { fixtureModel } from '../report/tables/fixture-model.js';

console.log(await writeWorkbook(fixtureModel(), process.argv[2]!, 'en'));
