/**
 * Excel's rules for a sheet name, which Excel enforces on opening a file (it "repairs" the workbook and renames the
 * sheet) while exceljs and LibreOffice accept anything: 1 to 31 characters, none of `: \ / ? * [ ]`, not starting or
 * ending with an apostrophe, not the reserved name "History", and unique within the workbook ignoring case.
 * @throws RangeError naming the rule a name breaks.
 */
const FORBIDDEN = /[:\\/?*[\]]/;

export function checkSheetName(name: string, taken: readonly string[]): void {
  const shown = JSON.stringify(name);
  if ([...name].length < 1 || [...name].length > 31)
    throw new RangeError(`sheet name ${shown} must have 1 to 31 characters`);
  if (FORBIDDEN.test(name))
    throw new RangeError(`sheet name ${shown} holds a character Excel forbids (: \\ / ? * [ ])`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw new RangeError(`sheet name ${shown} must not start or end with an apostrophe`);
  if (name.toLowerCase() === 'history') throw new RangeError(`sheet name ${shown} is reserved by Excel`);
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase()))
    throw new RangeError(`sheet name ${shown} is already used in this workbook (Excel ignores case)`);
}

/** A sheet name as a formula reference: `'Name'` with apostrophes doubled (always quoted, which is always valid). */
export const quotedSheetName = (name: string): string => `'${name.replace(/'/g, "''")}'`;
