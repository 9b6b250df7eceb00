/**
 * An independent reader for written workbooks: LibreOffice Calc (`soffice --headless --convert-to csv`) exports every
 * sheet of a workbook to its own CSV file (filter option 12 = -1: all sheets), read back as rows of strings. Cell
 * values are exported as stored (option 9 false) or as shown through their number formats (true).
 */
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SOFFICE } from '../campaign/libreoffice.js';

export { SOFFICE };

/** Each sheet's rows (as LibreOffice exports them: UTF-8, comma, quotes), by sheet name. */
export function sheetsThroughLibreOffice(
  file: string,
  sheetNames: readonly string[],
  asShown = false,
): Map<string, string[][]> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc');
  const profile = mkdtempSync(join(tmpdir(), 'egov-lo-profile-'));
  const out = mkdtempSync(join(tmpdir(), 'egov-lo-csv-'));
  try {
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,-1`;
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter];
    const run = spawnSync(SOFFICE, [...args, '--outdir', out, file], { encoding: 'utf8', timeout: 180_000 });
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr || run.error?.message}`);
    const base = basename(file).replace(/\.xlsx$/, '');
    return new Map(
      sheetNames.map((name) => [
        name,
        parse(readFileSync(join(out, `${base}-${name}.csv`), 'utf8'), { relax_column_count: true }) as string[][],
      ]),
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
