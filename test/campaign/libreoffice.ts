/**
 * A LibreOffice round trip for tests: `soffice --headless --convert-to xlsx` of a workbook, as a person saving it in
 * LibreOffice Calc would. Each call uses its own profile folder, so parallel runs do not lock each other out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;

/** Converts `file` through LibreOffice into `outDir` (same base name) and returns the new file's path. */
export function saveThroughLibreOffice(file: string, outDir: string): string {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc');
  const profile = mkdtempSync(join(tmpdir(), 'egov-lo-profile-'));
  try {
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        file,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const out = join(outDir, basename(file));
    if (run.status !== 0 || !existsSync(out))
      throw new Error(`soffice failed (${run.status}): ${run.stderr || run.stdout || run.error?.message}`);
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
