/**
 * The workbook's styles part (xl/styles.xml) and the index (`s` attribute) of every cell's style in it. Styles are
 * numbered in order of first use; index 0 is the plain style. Fonts, fills and number formats are shared between
 * styles that have the same one. Number formats Excel has built in ('0', '0.00', '0%', '0.00%') use their
 * built-in ids; others get ids from 164, as Excel numbers custom formats. The first two fills are the
 * pattern-none and gray125 fills the format reserves.
 */
import type { CellStyle } from './cell-style.js';
import { XML_HEAD, xmlText } from './xml-text.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '0%': 9, '0.00%': 10 };
const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

class Numbered {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    initial.forEach((x) => this.id(x));
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleTable {
  private readonly byObject = new Map<CellStyle, number>();
  private readonly xfs = new Numbered(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly fonts = new Numbered([font({})]);
  private readonly fills = new Numbered([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly formats = new Map<string, number>();

  /** The `s` index of a style (0 for the plain one). */
  indexOf(style: CellStyle): number {
    let i = this.byObject.get(style);
    if (i === undefined) {
      i = this.xfs.id(this.xf(style));
      this.byObject.set(style, i);
    }
    return i;
  }

  private xf(style: CellStyle): string {
    const numFmtId = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const fontId = this.fonts.id(font(style));
    const fillId =
      style.fill === undefined
        ? 0
        : this.fills.id(
            `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
    const alignment = [
      style.vertical ? ` vertical="${VERTICAL[style.vertical]}"` : '',
      style.wrap ? ' wrapText="1"' : '',
      style.indent ? ` indent="${style.indent}"` : '',
    ].join('');
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
    return alignment ? `${open}><alignment${alignment}/></xf>` : `${open}/>`;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** xl/styles.xml. */
  xml(): string {
    const numFmts = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`)
      .join('');
    return [
      XML_HEAD,
      `<styleSheet xmlns="${MAIN}">`,
      this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '',
      `<fonts count="${this.fonts.items.length}">${this.fonts.items.join('')}</fonts>`,
      `<fills count="${this.fills.items.length}">${this.fills.items.join('')}</fills>`,
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfs.items.length}">${this.xfs.items.join('')}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '</styleSheet>',
    ].join('');
  }
}

function font(style: CellStyle): string {
  const colour = style.color ? `<color rgb="${style.color}"/>` : '';
  return `<font>${style.bold ? '<b/>' : ''}<sz val="${style.size ?? 11}"/>${colour}<name val="Calibri"/><family val="2"/></font>`;
}
