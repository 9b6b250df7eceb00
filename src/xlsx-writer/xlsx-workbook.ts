/**
 * A workbook written as SpreadsheetML straight from strings, zipped by the project's one ZIP writer
 * (src/zip/zip-writer.ts): the publication's sheets hold ~400,000 cells, which exceljs's object model took seconds of
 * CPU to serialise; this writer supports exactly what the publication's sheets use (xlsx-sheet.ts) and takes a
 * small fraction of that. exceljs stays the reader (and the writer of the small campaign forms).
 *
 * Guarantees: sheet names follow Excel's rules (sheet-name.ts); every text cell is neutralised against formula
 * injection and every text XML-escaped (shared-strings.ts, xml-text.ts); the same workbook and `properties.at` give
 * the same bytes — every date, including the ZIP entries', is `properties.at`.
 */
import { writeZip, type ZipInput } from '../zip/zip-writer.js';
import { commentsXml, notesVml, sheetNotes } from './notes-xml.js';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  packageRelationshipsXml,
  sheetNotesRelationshipsXml,
  workbookRelationshipsXml,
  workbookXml,
  type WorkbookProperties,
} from './package-parts.js';
import { SharedStrings } from './shared-strings.js';
import { checkSheetName } from './sheet-name.js';
import { StyleTable } from './style-table.js';
import { worksheetXml } from './worksheet-xml.js';
import { XlsxSheet } from './xlsx-sheet.js';

export class XlsxWorkbook {
  readonly sheets: XlsxSheet[] = [];

  constructor(readonly properties: WorkbookProperties) {}

  /** Adds an empty sheet. @throws RangeError for a name Excel would refuse (sheet-name.ts). */
  addSheet(name: string): XlsxSheet {
    checkSheetName(
      name,
      this.sheets.map((s) => s.name),
    );
    const sheet = new XlsxSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  getSheet(name: string): XlsxSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The .xlsx file. */
  toBuffer(): Buffer {
    const strings = new SharedStrings();
    const styles = new StyleTable();
    const entries: ZipInput[] = [];
    const part = (name: string, xml: string | Buffer): void => {
      entries.push({ name, data: typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml });
    };
    const notes = this.sheets.map(sheetNotes);
    part(
      '[Content_Types].xml',
      contentTypesXml(
        this.sheets.length,
        notes.map((n) => n.length > 0),
      ),
    );
    part('_rels/.rels', packageRelationshipsXml());
    part('docProps/core.xml', corePropertiesXml(this.properties));
    part('docProps/app.xml', appPropertiesXml());
    part('xl/workbook.xml', workbookXml(this.sheets));
    part('xl/_rels/workbook.xml.rels', workbookRelationshipsXml(this.sheets.length));
    this.sheets.forEach((sheet, i) => {
      const n = i + 1;
      const hasNotes = notes[i]!.length > 0;
      part(
        `xl/worksheets/sheet${n}.xml`,
        worksheetXml(sheet, { strings, styles, selected: i === 0, legacyDrawing: hasNotes ? 'rId2' : null }),
      );
      if (hasNotes) {
        part(`xl/worksheets/_rels/sheet${n}.xml.rels`, sheetNotesRelationshipsXml(n));
        part(`xl/comments${n}.xml`, commentsXml(notes[i]!));
        part(`xl/drawings/vmlDrawing${n}.vml`, notesVml(notes[i]!, n));
      }
    });
    part('xl/styles.xml', styles.xml());
    part('xl/sharedStrings.xml', strings.xml());
    return writeZip(entries, this.properties.at);
  }
}
