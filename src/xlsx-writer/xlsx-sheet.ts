/**
 * One sheet of a workbook being built (xlsx-workbook.ts writes it): cells by 1-based row and column holding text,
 * a number or nothing, each with a style (cell-style.ts) and optionally a note, plus the sheet's frozen header rows,
 * autofilter, column widths, row heights, merged ranges and colour scales. Text is stored as given; the writer
 * neutralises it against formula injection and XML-escapes it when it writes the file (shared-strings.ts), so no
 * sheet can forget either. A non-finite number leaves the cell empty.
 */
import { checkRow, columnLetters, rangeAddress } from './cell-address.js';
import { PLAIN, withStyle, type CellStyle } from './cell-style.js';

export type CellValue = string | number | null;

export interface Cell {
  value: CellValue;
  style: CellStyle;
  note?: string;
}

/** A three-colour scale over a range: lowest, 50th percentile and highest value (ARGB colours). */
export interface ColourScale {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly colours: readonly [string, string, string];
}

export interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export class XlsxSheet {
  /** rows[r][c] for 1-based r and c; holes are empty cells. */
  readonly rows: (Cell | undefined)[][] = [];
  readonly widths: (number | undefined)[] = [];
  readonly heights: (number | undefined)[] = [];
  readonly merges: Range[] = [];
  readonly colourScales: ColourScale[] = [];
  /** Rows kept in view above the scrolling part (0: none). */
  frozenRows = 0;
  autoFilter: Range | null = null;

  constructor(readonly name: string) {}

  /** The cell at (row, column), created empty if it is not there yet. */
  cell(row: number, column: number): Cell {
    checkRow(row);
    columnLetters(column);
    const cells = (this.rows[row] ??= []);
    return (cells[column] ??= { value: null, style: PLAIN });
  }

  /** Sets a cell's value (and its style when given). */
  set(row: number, column: number, value: CellValue, style?: CellStyle): void {
    const cell = this.cell(row, column);
    cell.value = typeof value === 'number' && !Number.isFinite(value) ? null : value;
    if (style) cell.style = style;
  }

  /** Lays `patch` over a cell's style. */
  style(row: number, column: number, patch: CellStyle): void {
    const cell = this.cell(row, column);
    cell.style = withStyle(cell.style, patch);
  }

  note(row: number, column: number, text: string): void {
    this.cell(row, column).note = text;
  }

  width(column: number, width: number): void {
    columnLetters(column);
    this.widths[column] = width;
  }

  height(row: number, points: number): void {
    checkRow(row);
    this.heights[row] = points;
  }

  merge(range: Range): void {
    rangeAddress(range.top, range.left, range.bottom, range.right);
    this.merges.push(range);
  }

  colourScale(scale: ColourScale): void {
    this.colourScales.push(scale);
  }
}
