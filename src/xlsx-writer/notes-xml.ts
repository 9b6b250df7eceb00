/**
 * Cell notes (Excel's "notes", formerly comments): the comments part holding their text and the VML drawing Excel
 * needs to show them (hidden yellow boxes that appear on hover, anchored next to their cell). `sheetNumber`
 * (1-based) keeps the drawing's shape ids unique across the workbook, as Excel requires (1024 ids per sheet).
 */
import { cellAddress } from './cell-address.js';
import type { XlsxSheet } from './xlsx-sheet.js';
import { textElement, XML_HEAD, xmlText } from './xml-text.js';

export interface SheetNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** The notes of a sheet, row by row. */
export function sheetNotes(sheet: XlsxSheet): SheetNote[] {
  const notes: SheetNote[] = [];
  sheet.rows.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (cell?.note !== undefined) notes.push({ row, column, text: cell.note });
    }),
  );
  return notes;
}

/** xl/commentsN.xml. */
export function commentsXml(notes: readonly SheetNote[]): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${cellAddress(n.row, n.column)}" authorId="0"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr>${textElement(n.text)}</r></text></comment>`,
    )
    .join('');
  return `${XML_HEAD}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>egov-monitor</author></authors><commentList>${list}</commentList></comments>`;
}

/** xl/drawings/vmlDrawingN.vml. */
export function notesVml(notes: readonly SheetNote[], sheetNumber: number): string {
  const shapes = notes.map((n, i) => {
    const [row, column] = [n.row - 1, n.column - 1];
    const anchor = [column + 1, 15, Math.max(row - 1, 0), 2, column + 3, 15, row + 3, 16].join(', ');
    return (
      `<v:shape id="_x0000_s${sheetNumber * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:72pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
      `<x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${xmlText(String(sheetNumber))}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join('')}</xml>`
  );
}
