/**
 * The product's one CSV parser (RFC 4180 quoting), streaming (`parseCsvRecords`, for the ingest) or whole-text
 * (`parseCsvText`, for reference lists and small files). A line without a quote is split with `String.split` (the
 * common case, several times faster than a character-by-character parser); a record with quotes takes the full path,
 * where quoted fields may hold delimiters, `""` and line breaks. Records are yielded with the line they start on.
 *
 * Time is linear in the input whatever the chunk size: the position of the next quote is searched once per chunk and
 * reused until the parser passes it (a search per line would rescan the rest of the chunk for every line: quadratic
 * in the chunk size). Memory is bounded: a record still incomplete after `maxRecordChars` characters is refused.
 * Edge cases: CRLF and LF line ends; empty lines skipped; text after a closing quote and an unclosed quote at the end
 * of the file are errors naming the line and the column (1-based character position in that line).
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    /** 1-based character position in the line; undefined when the whole record is at fault (too long). */
    readonly column: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Parses a stream of text chunks (any sizes, any boundaries) into records. */
export async function* parseCsvRecords(
  chunks: AsyncIterable<string>,
  delimiter: string,
  maxRecordChars: number,
): AsyncGenerator<CsvRecord> {
  const scanner = new CsvScanner(delimiter, maxRecordChars);
  for await (const chunk of chunks) yield* scanner.push(chunk);
  yield* scanner.end();
}

/** Parses a whole text into records (a UTF-8 BOM at the start is dropped). */
export function parseCsvText(text: string, delimiter = ',', maxRecordChars = Infinity): CsvRecord[] {
  const scanner = new CsvScanner(delimiter, maxRecordChars);
  return [...scanner.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), ...scanner.end()];
}

/**
 * Records of a whole text keyed by its header (the first record, names trimmed); empty lines and rows of blank cells
 * skipped, cells trimmed. A row with more cells than the header is refused naming its line.
 */
export function parseCsvObjects(text: string, delimiter = ','): Record<string, string>[] {
  const [head, ...rows] = parseCsvText(text, delimiter).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!head) return [];
  const names = head.cells.map((c) => c.trim());
  return rows.map((record) => {
    if (record.cells.length > names.length)
      throw new CsvSyntaxError(
        record.line,
        undefined,
        `expected ${names.length} cells as in the header, found ${record.cells.length}`,
      );
    return Object.fromEntries(names.map((name, j) => [name, (record.cells[j] ?? '').trim()]));
  });
}

type Parsed = { cells: string[]; end: number; lines: number } | null;

class CsvScanner {
  private pending = '';
  private line = 1;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordChars: number,
  ) {}

  *push(chunk: string): Generator<CsvRecord> {
    this.pending += chunk;
    yield* this.drain(false);
  }

  *end(): Generator<CsvRecord> {
    yield* this.drain(true);
  }

  private *drain(final: boolean): Generator<CsvRecord> {
    const text = this.pending;
    const max = this.maxRecordChars;
    let pos = 0;
    // The next quote at or after `pos`; -1 once none is left in `text` (which does not change during this drain).
    let quote = text.indexOf('"');
    while (pos < text.length) {
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      const nl = text.indexOf('\n', pos);
      if (quote < 0 || (nl >= 0 && quote > nl)) {
        if (nl < 0 && !final) break;
        const end = nl < 0 ? text.length : nl;
        if (end - pos > max) throw tooLong(this.line, max);
        let record = text.slice(pos, end);
        if (record.endsWith('\r')) record = record.slice(0, -1);
        if (record !== '') yield { line: this.line, cells: record.split(this.delimiter) };
        this.line++;
        pos = end + 1;
        continue;
      }
      const parsed = parseQuoted(text, pos, this.delimiter, final, this.line);
      if (!parsed) {
        if (text.length - pos > max) throw tooLong(this.line, max);
        break;
      }
      yield { line: this.line, cells: parsed.cells };
      this.line += parsed.lines;
      pos = parsed.end;
    }
    this.pending = pos === 0 ? text : text.slice(pos);
    if (this.pending.length > max) throw tooLong(this.line, max);
  }
}

/**
 * Parses one record that contains a quote, from `pos` (the start of a line); null when the text ends before the
 * record does and more text may come.
 */
function parseQuoted(text: string, pos: number, delimiter: string, final: boolean, line: number): Parsed {
  const cells: string[] = [];
  let i = pos;
  let lines = 1;
  for (;;) {
    let value: string;
    if (text[i] === '"') {
      const opening = i;
      value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || (q + 1 === text.length && !final)) {
          if (!final) return null;
          throw syntaxError(text, pos, line, opening, 'a quoted field is never closed (truncated file?)');
        }
        if (text[q + 1] === '"') {
          value += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        value += text.slice(j, q);
        i = q + 1;
        break;
      }
      for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) lines++;
      const next = text[i];
      if (next !== delimiter && next !== '\n' && next !== '\r' && next !== undefined) {
        throw syntaxError(
          text,
          pos,
          line,
          i,
          `unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 20))}`,
        );
      }
    } else {
      // Character by character up to the field's end: an indexOf of the delimiter could scan far beyond the line.
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
      if (end === text.length && !final) return null;
      value = text.slice(i, end);
      if (text[end] === '\n' && value.endsWith('\r')) value = value.slice(0, -1);
      i = end;
    }
    cells.push(value);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') return { cells, end: i + 1, lines };
    if (i >= text.length) return final ? { cells, end: i, lines } : null;
  }
}

/** The error at `at`, with the line and column of that character (the record starts at `start`, on `line`). */
function syntaxError(text: string, start: number, line: number, at: number, message: string): CsvSyntaxError {
  let lineStart = start;
  let atLine = line;
  for (let k = text.indexOf('\n', start); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) {
    atLine++;
    lineStart = k + 1;
  }
  return new CsvSyntaxError(atLine, at - lineStart + 1, message);
}

function tooLong(line: number, max: number): CsvSyntaxError {
  return new CsvSyntaxError(line, undefined, `record longer than ${max} characters (limit maxLineBytes)`);
}
