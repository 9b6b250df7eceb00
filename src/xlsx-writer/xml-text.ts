/**
 * Text made safe for the XML parts of a workbook. XML 1.0 forbids most control characters (U+0000–U+0008, U+000B,
 * U+000C, U+000E–U+001F), U+FFFE, U+FFFF and unpaired surrogates even as character references, so a reader would
 * reject the whole file: each becomes U+FFFD (the replacement character), which keeps a trace that something was
 * there. Tab and line feed stay; a carriage return is written as `&#13;` so that the parser's line-end
 * normalisation does not turn it into a line feed. `&`, `<`, `>` and `"` are escaped (the same function serves
 * element text and attribute values).
 *
 * Cell and note texts (`<t>`, SpreadsheetML's ST_Xstring) have one more rule: Excel reads `_xHHHH_` as the character
 * U+HHHH, so a literal `_x0041_` in a region's text would show as `A`. Its underscore is written as `_x005F_`, which
 * Excel, exceljs and LibreOffice all read back as `_` (textElement).
 */
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"\r]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };
const NEEDS_WORK = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`; `x\u0001y` → `x\uFFFDy`. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(UNSAFE, '\uFFFD').replace(SPECIAL, (c) => ENTITY[c]!);
}

const ESCAPE_LIKE = /_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * A `<t>` element: the text with `_xHHHH_` look-alikes escaped and XML-escaped, with xml:space="preserve" when
 * leading or trailing blanks or line breaks must survive.
 */
export function textElement(text: string): string {
  const space = /^\s|\s$|[\n\r\t]/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${space}>${xmlText(text.replace(ESCAPE_LIKE, '_x005F_'))}</t>`;
}

/** The XML declaration every part starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
