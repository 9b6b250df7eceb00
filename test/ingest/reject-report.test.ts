/**
 * The reject report is written by the publication's CSV writer: a value a region typed as a formula is
 * neutralised, cells holding the delimiter, quotes or line breaks are quoted, and a report longer than one write
 * chunk has one header.
 */
import { readFileSync } from 'node:fs';
import { RejectSink } from '../../src/ingest/store/reject-sink.js';
import { tempDir } from './helpers.js';

test('hostile cells are neutralised and quoted; chunks share one header', async () => {
  const dir = tempDir();
  try {
    const path = `${dir.path}/r/rejects.csv`;
    const sink = new RejectSink(path, 5, false);
    sink.add({
      file: 'a.csv',
      line: 2,
      column: 'region',
      value: "=cmd|' /C calc'!A0",
      reason: 'unknown region "=cmd"',
    });
    sink.add({ file: 'a.csv', line: 3, column: 'value', value: '87,5', reason: 'two\nlines' });
    for (let i = 0; i < 1500; i++)
      sink.add({ file: 'a.csv', line: 10 + i, column: 'value', value: '-1', reason: 'below 0' });
    expect(await sink.close()).toBe(path);
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFfile,line,column,value,reason');
    expect(lines[1]).toBe(`a.csv,2,region,'=cmd|' /C calc'!A0,"unknown region ""=cmd"""`);
    expect(lines[2]).toBe('a.csv,3,value,"87,5","two\nlines"');
    expect(lines[3]).toBe("a.csv,10,value,'-1,below 0");
    expect(text.match(/file,line,column,value,reason/g)).toHaveLength(1);
    expect(lines).toHaveLength(1 + 1502 + 1); // header, rows, the empty string after the last CRLF
  } finally {
    dir.remove();
  }
});
