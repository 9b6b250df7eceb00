/**
 * The fixed parts of an .xlsx package around the sheets: [Content_Types].xml, the package and workbook
 * relationships, xl/workbook.xml (sheet list and the hidden filter ranges Excel keeps for autofilters) and the
 * document properties (docProps/core.xml: title, description, creator, last modified by, created, modified and last
 * printed; docProps/app.xml). Dates are written in W3CDTF to the second, from the caller's instant — never the clock.
 */
import { rangeAddress } from './cell-address.js';
import { quotedSheetName } from './sheet-name.js';
import type { XlsxSheet } from './xlsx-sheet.js';
import { XML_HEAD, xmlText } from './xml-text.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface WorkbookProperties {
  readonly title?: string;
  readonly description?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  /** Created, modified and last printed. */
  readonly at: Date;
}

/** `sheets[i]` has notes when `withNotes[i]`. */
export function contentTypesXml(sheetCount: number, withNotes: readonly boolean[]): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
  );
  const comments = withNotes.flatMap((has, i) =>
    has
      ? [
          `<Override PartName="/xl/comments${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
        ]
      : [],
  );
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.join('') +
    comments.join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

export function relationshipsXml(relations: readonly { id: string; type: string; target: string }[]): string {
  const items = relations.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${items.join('')}</Relationships>`;
}

/** _rels/.rels. */
export const packageRelationshipsXml = (): string =>
  relationshipsXml([
    { id: 'rId1', type: `${REL}/officeDocument`, target: 'xl/workbook.xml' },
    {
      id: 'rId2',
      type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
      target: 'docProps/core.xml',
    },
    { id: 'rId3', type: `${REL}/extended-properties`, target: 'docProps/app.xml' },
  ]);

/** xl/_rels/workbook.xml.rels: rId1…rIdN the sheets, then styles and shared strings. */
export const workbookRelationshipsXml = (sheetCount: number): string =>
  relationshipsXml([
    ...Array.from({ length: sheetCount }, (_, i) => ({
      id: `rId${i + 1}`,
      type: `${REL}/worksheet`,
      target: `worksheets/sheet${i + 1}.xml`,
    })),
    { id: `rId${sheetCount + 1}`, type: `${REL}/styles`, target: 'styles.xml' },
    { id: `rId${sheetCount + 2}`, type: `${REL}/sharedStrings`, target: 'sharedStrings.xml' },
  ]);

/** xl/worksheets/_rels/sheetN.xml.rels of a sheet with notes: rId1 the comments, rId2 their drawing. */
export const sheetNotesRelationshipsXml = (sheetNumber: number): string =>
  relationshipsXml([
    { id: 'rId1', type: `${REL}/comments`, target: `../comments${sheetNumber}.xml` },
    { id: 'rId2', type: `${REL}/vmlDrawing`, target: `../drawings/vmlDrawing${sheetNumber}.vml` },
  ]);

/** xl/workbook.xml. */
export function workbookXml(sheets: readonly XlsxSheet[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const filters = sheets.flatMap((s, i) => {
    const f = s.autoFilter;
    if (!f) return [];
    const ref = rangeAddress(f.top, f.left, f.bottom, f.right).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quotedSheetName(s.name)}!${ref}`)}</definedName>`,
    ];
  });
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list.join('')}</sheets>` +
    (filters.length ? `<definedNames>${filters.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

const w3cdtf = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** docProps/core.xml. */
export function corePropertiesXml(p: WorkbookProperties): string {
  const optional = (tag: string, value: string | undefined): string =>
    value === undefined ? '' : `<${tag}>${xmlText(value)}</${tag}>`;
  const at = w3cdtf(p.at);
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    optional('dc:title', p.title) +
    optional('dc:description', p.description) +
    optional('dc:creator', p.creator) +
    optional('cp:lastModifiedBy', p.lastModifiedBy) +
    `<cp:lastPrinted>${at}</cp:lastPrinted>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** docProps/app.xml. */
export const appPropertiesXml = (): string =>
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>egov-monitor</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop></Properties>`;
