import { CsvSyntaxError, parseCsvObjects, parseCsvRecords, parseCsvText } from '../../src/text/csv-records.js';

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

  test('a quoted field spanning a chunk boundary: a 64 KiB chunk ends inside the quotes, before a doubled quote and before the line break', async () => {
    const filler = `${'x'.repeat(99)}\n`.repeat(655); // 65 500 characters of plain lines
    const text = `${filler}1,"Ивано""в\nИван",2\n3,4\n`;
    const quoteAt = filler.length + 2;
    for (const cut of [quoteAt + 1, quoteAt + 6, quoteAt + 7, quoteAt + 9, quoteAt + 14]) {
      async function* twoChunks() {
        yield text.slice(0, cut);
        yield text.slice(cut);
      }
      const out: { line: number; cells: string[] }[] = [];
      for await (const record of parseCsvRecords(twoChunks(), ',', 1 << 20)) out.push(record);
      expect(out).toHaveLength(657);
      expect(out[655]).toEqual({ line: 656, cells: ['1', 'Ивано"в\nИван', '2'] });
      expect(out[656]).toEqual({ line: 658, cells: ['3', '4'] });
    }
  });

  test('errors name the line and the column: unclosed quote, text after a closing quote, record too long', async () => {
    await expect(parse('a,b\n1,"open\n')).rejects.toEqual(
      new CsvSyntaxError(2, 3, 'a quoted field is never closed (truncated file?)'),
    );
    const after = await parse('a,b\n"x\ny"z,2\n').catch((e: CsvSyntaxError) => e);
    expect(after).toBeInstanceOf(CsvSyntaxError);
    expect((after as CsvSyntaxError).message).toMatch(/unexpected text after a closing quote: "z,2/);
    expect([(after as CsvSyntaxError).line, (after as CsvSyntaxError).column]).toEqual([3, 3]);
    const long = await parse(`a\n${'x'.repeat(50)}\n`, 7, ',', 20).catch((e: CsvSyntaxError) => e);
    expect(long).toBeInstanceOf(CsvSyntaxError);
    expect((long as CsvSyntaxError).line).toBe(2);
  });

  test('whole texts: a BOM dropped, records keyed by the trimmed header, blank rows skipped', () => {
    expect(parseCsvText('\uFEFFa;b\n1;"2;3"\n', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2;3'] },
    ]);
    expect(parseCsvObjects('id, name \n x ,"Тверская область"\n,\n\ny\n')).toEqual([
      { id: 'x', name: 'Тверская область' },
      { id: 'y', name: '' },
    ]);
    expect(() => parseCsvObjects('a\n1,2\n')).toThrow(/line|expected 1 cells/);
  });
});
