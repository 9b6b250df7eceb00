/**
 * Bodies of the pages' forms, which work without JavaScript: application/x-www-form-urlencoded fields, and
 * multipart/form-data (RFC 7578) with a file. Parsed from the raw body already limited in size by the route.
 */
export interface FormFile {
  readonly name: string;
  readonly content: Buffer;
}
export interface FormBody {
  readonly fields: ReadonlyMap<string, string>;
  readonly files: ReadonlyMap<string, FormFile>;
}

export function parseFormBody(contentType: string | undefined, body: Buffer): FormBody | null {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { fields: new Map(new URLSearchParams(body.toString('utf8')).entries()), files: new Map() };
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  if (!type.startsWith('multipart/form-data') || !boundary) return null;
  return parseMultipart(body, boundary[1] ?? boundary[2]!);
}

function parseMultipart(body: Buffer, boundary: string): FormBody | null {
  const fields = new Map<string, string>();
  const files = new Map<string, FormFile>();
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) return null;
  for (;;) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) return null;
    const part = body.subarray(start + 2, next - 2); // after CRLF, before the CRLF that precedes the delimiter
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return null;
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      if (filename !== undefined) files.set(name, { name: filename, content: Buffer.from(content) });
      else fields.set(name, content.toString('utf8'));
    }
    at = next;
  }
  return { fields, files };
}
