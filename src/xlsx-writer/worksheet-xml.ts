/**
 * One sheet's part (xl/worksheets/sheetN.xml) in the element order the SpreadsheetML schema demands: dimension,
 * sheet view (frozen rows), column widths, the cells row by row, autofilter, merged ranges, colour scales, page
 * margins, and the link to the notes' drawing when the sheet has notes. Text goes through the shared-string table
 * (which neutralises and escapes it), styles through the style table; a number is written in JavaScript's
 * shortest round-trip form, which is a valid xsd:double (`-1.5`, `1e-7`). Each row is written as one string into
 * a byte sink (byte-sink.ts).
 */
import { ByteSink } from './byte-sink.js';
import { columnLetters, rangeAddress } from './cell-address.js';
import type { SharedStrings } from './shared-strings.js';
import type { StyleTable } from './style-table.js';
import type { XlsxSheet } from './xlsx-sheet.js';
import { XML_HEAD } from './xml-text.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetWriting {
  readonly strings: SharedStrings;
  readonly styles: StyleTable;
  /** The first sheet is the one selected when the file opens. */
  readonly selected: boolean;
  /** The relationship id of the notes' VML drawing, when the sheet has notes. */
  readonly legacyDrawing: string | null;
}

/** The part's UTF-8 bytes. */
export function worksheetXml(sheet: XlsxSheet, writing: SheetWriting): Buffer {
  const { strings, styles } = writing;
  const parts = new ByteSink();
  parts.write(`${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`);
  parts.write(`<dimension ref="${dimension(sheet)}"/>${sheetView(sheet, writing.selected)}`);
  parts.write('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = sheet.widths
    .map((w, c) => (w === undefined ? '' : `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`))
    .join('');
  if (cols) parts.write(`<cols>${cols}</cols>`);
  parts.write('<sheetData>');
  const last = Math.max(sheet.rows.length, sheet.heights.length);
  for (let r = 1; r < last; r++) {
    const cells = sheet.rows[r];
    const height = sheet.heights[r];
    if (!cells && height === undefined) continue;
    // one string per row, built by concatenation: far fewer, larger pieces than one per cell
    let xml = height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`;
    if (cells)
      for (let c = 1; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const s = styles.indexOf(cell.style);
        xml += `<c r="${columnLetters(c)}${r}"${s ? ` s="${s}"` : ''}`;
        const { value } = cell;
        if (value === null) xml += '/>';
        else if (typeof value === 'number') xml += `><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
        else xml += ` t="s"><v>${strings.indexOf(value)}</v></c>`;
      }
    parts.write(`${xml}</row>`);
  }
  parts.write('</sheetData>');
  const filter = sheet.autoFilter;
  if (filter) parts.write(`<autoFilter ref="${rangeAddress(filter.top, filter.left, filter.bottom, filter.right)}"/>`);
  if (sheet.merges.length) {
    const refs = sheet.merges.map((m) => `<mergeCell ref="${rangeAddress(m.top, m.left, m.bottom, m.right)}"/>`);
    parts.write(`<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`);
  }
  sheet.colourScales.forEach((scale, i) => {
    const colours = scale.colours.map((c) => `<color rgb="${c}"/>`).join('');
    parts.write(
      `<conditionalFormatting sqref="${rangeAddress(scale.top, scale.left, scale.bottom, scale.right)}">` +
        `<cfRule type="colorScale" priority="${i + 1}"><colorScale>` +
        `<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>${colours}` +
        '</colorScale></cfRule></conditionalFormatting>',
    );
  });
  parts.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (writing.legacyDrawing) parts.write(`<legacyDrawing r:id="${writing.legacyDrawing}"/>`);
  parts.write('</worksheet>');
  return parts.bytes();
}

/** The used range, 'A1' for an empty sheet. */
function dimension(sheet: XlsxSheet): string {
  let bottom = 1;
  let right = 1;
  sheet.rows.forEach((cells, r) => {
    if (cells.length > 1) {
      bottom = r;
      right = Math.max(right, cells.length - 1);
    }
  });
  return rangeAddress(1, 1, bottom, right);
}

function sheetView(sheet: XlsxSheet, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  if (sheet.frozenRows === 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const first = `A${sheet.frozenRows + 1}`;
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane ySplit="${sheet.frozenRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/></sheetView></sheetViews>`
  );
}
