import { CsvSyntaxError, parseCsvRecords } from '../../src/ingest/sources/csv-records.js';

/** Feeds the text in chunks of `size` characters, so records cross chunk boundaries. */
async function parse(text: string, size = 3, delimiter = ',', max = 1000) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const out: { line: number; cells: string[] }[] = [];
  for await (const record of parseCsvRecords(chunks(), delimiter, max)) out.push(record);
  return out;
}

describe('parseCsvRecords', () => {
  test('plain lines, CRLF, empty lines skipped, line numbers kept', async () => {
    expect(await parse('a,b\r\n\r\n1,2\n3,\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
      { line: 4, cells: ['3', ''] },
    ]);
  });

  test('quoted fields hold delimiters, doubled quotes and line breaks; the next record starts on the right line', async () => {
    expect(await parse('id;text\n1;"a;b ""q""\nsecond line"\n2;x', 4, ';')).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 2, cells: ['1', 'a;b "q"\nsecond line'] },
      { line: 4, cells: ['2', 'x'] },
    ]);
  });

  test('every chunk size gives the same records', async () => {
    const text = 'a,"b\n,c",d\n"",e,"f"""\n';
    const expected = await parse(text, text.length);
    for (let size = 1; size < text.length; size++) expect(await parse(text, size)).toEqual(expected);
    expect(expected).toEqual([
      { line: 1, cells: ['a', 'b\n,c', 'd'] },
      { line: 3, cells: ['', 'e', 'f"'] },
    ]);
  });

  test('errors name the line: unclosed quote, text after a closing quote, record too long', async () => {
    await expect(parse('a,b\n1,"open\n')).rejects.toEqual(
      new CsvSyntaxError(2, 'a quoted field is never closed (truncated file?)'),
    );
    await expect(parse('a,b\n"x"y,2\n')).rejects.toThrow(/unexpected text after a closing quote/);
    const long = await parse(`a\n${'x'.repeat(50)}\n`, 7, ',', 20).catch((e: CsvSyntaxError) => e);
    expect(long).toBeInstanceOf(CsvSyntaxError);
    expect((long as CsvSyntaxError).line).toBe(2);
  });
});
