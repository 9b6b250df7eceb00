/**
 * The workbook's shared-string table (xl/sharedStrings.xml): every text cell refers to its string by index, each
 * distinct string stored once. This is the one place text enters the file, so every string is neutralised against
 * formula injection here (`=1+1` → `'=1+1`, the CSV writer's neutraliseFormula) and XML-escaped on output. Excel
 * holds at most 32,767 characters in a cell. `count` is the number of references, `uniqueCount` the number of
 * strings, as Excel checks.
 * @throws RangeError for a text longer than a cell can hold.
 */
import { neutraliseFormula } from '../report/csv/csv-text.js';
import { textElement, XML_HEAD } from './xml-text.js';

export const MAX_CELL_TEXT = 32_767;

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly strings: string[] = [];
  private references = 0;

  /** The index of `text` as it will be shown (neutralised), adding it on first use. */
  indexOf(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      const shown = neutraliseFormula(text);
      if (shown.length > MAX_CELL_TEXT)
        throw new RangeError(`a cell text of ${shown.length} characters is longer than Excel's ${MAX_CELL_TEXT}`);
      i = this.strings.length;
      this.strings.push(shown);
      this.index.set(text, i);
    }
    return i;
  }

  /** xl/sharedStrings.xml. */
  xml(): string {
    const items = this.strings.map((s) => `<si>${textElement(s)}</si>`).join('');
    return `${XML_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.strings.length}">${items}</sst>`;
  }
}
