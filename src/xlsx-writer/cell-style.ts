/**
 * The formatting a cell of a publication workbook can carry — what the sheets use, nothing more: bold, font size
 * and colour, a solid fill, a number format, wrapping, vertical alignment and indent. Colours are ARGB hex
 * ('FF9C0006'). A style is an immutable value: share one object between the cells of a column (the writer
 * recognises a shared object without comparing it again), and derive variants with `withStyle`.
 */
export interface CellStyle {
  readonly bold?: boolean;
  /** Font size in points (default 11). */
  readonly size?: number;
  readonly color?: string;
  /** Solid fill colour. */
  readonly fill?: string;
  /** Excel number format, e.g. '0.00'. */
  readonly numFmt?: string;
  readonly wrap?: boolean;
  readonly vertical?: 'top' | 'middle' | 'bottom';
  /** Indent level (Excel allows 0–250; the sheets use up to 15). */
  readonly indent?: number;
}

export const PLAIN: CellStyle = Object.freeze({});

const ARGB = /^[0-9A-F]{8}$/;

/** `base` with `patch` laid over it (a new frozen object). @throws RangeError for a colour that is not ARGB hex. */
export function withStyle(base: CellStyle, patch: CellStyle): CellStyle {
  for (const colour of [patch.color, patch.fill])
    if (colour !== undefined && !ARGB.test(colour)) throw new RangeError(`colour ${colour} is not ARGB hex (FFRRGGBB)`);
  return Object.freeze({ ...base, ...patch });
}
