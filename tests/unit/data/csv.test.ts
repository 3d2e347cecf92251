// parseCsv: RFC 4180 quoting, BOM, CRLF/CR/LF, padding of short rows, and a clear error for each broken file.
import { describe, expect, it } from 'vitest';
import { parseCsv, requireColumn } from '../../../src/data/csv.ts';
import { DataError } from '../../../src/data/problems.ts';
import { thrownWords } from '../../helpers/problemWords.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and knows the line of each row', () => {
    const t = parseCsv('id,name\n1,"Asker stasjon, spor 1"\n2,"Sjøgata ""Nord"""\n3,"to\nlinjer"\n4,siste\n', 'f.txt');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows).toEqual([
      ['1', 'Asker stasjon, spor 1'],
      ['2', 'Sjøgata "Nord"'],
      ['3', 'to\nlinjer'],
      ['4', 'siste'],
    ]);
    expect(t.lines).toEqual([2, 3, 4, 6]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('%s line ends, a BOM and trimmed header names', (_l, eol) => {
    const t = parseCsv(`\uFEFFstop_id , stop_name${eol}A,Asker${eol}${eol}B,Høn${eol}`, 'f');
    expect(t.header).toEqual(['stop_id', 'stop_name']);
    expect(t.rows).toEqual([
      ['A', 'Asker'],
      ['B', 'Høn'],
    ]);
    expect(t.column('stop_name')).toBe(1);
    expect(t.column('nope')).toBe(-1);
  });

  it('pads short rows (GTFS producers drop trailing empty fields) and keeps a last line without a newline', () => {
    expect(parseCsv('a,b,c\n1\n2,3,4', 'f').rows).toEqual([
      ['1', '', ''],
      ['2', '3', '4'],
    ]);
  });

  it.each([
    ['a,b\n1,"open\n2,3\n', 'f: line 2: a quoted field is never closed'],
    ['a,b\n1,"x"y\n', 'f: line 2: text follows a closing quote ("y")'],
    ['a,b\n1,2,3\n', 'f: line 2 has 3 fields but the header has 2'],
    ['\n\n', 'f: is empty'],
    ['\uFFFD\uFFFDa\u0000,\u0000b', 'f: looks like UTF-16'],
    [
      'a,b\n1,Sj\uFFFDgata\n',
      'f: does not look like UTF-8: 1 character could not be decoded (the first at line 2, column 5)',
    ],
  ])('%j → %s', (text, message) => {
    expect(() => parseCsv(text, 'f')).toThrow(DataError);
    expect(thrownWords(() => parseCsv(text, 'f'))).toContain(message);
  });

  it('a table above the size limit is refused before parsing', () => {
    expect(thrownWords(() => parseCsv('a\n'.repeat(100), 'big.txt', 50))).toContain(
      'big.txt: is 0.0 MB, more than the limit of 0.0 MB',
    );
  });

  it('requireColumn names the file, the column and why it is needed', () => {
    const t = parseCsv('stop_id,stop_lon\nA,10\n', 'stops.txt');
    expect(thrownWords(() => requireColumn(t, 'stop_lat', 'stop-lat'))).toContain(
      'stops.txt: has no stop_lat column (the latitude of the stop); the header is: stop_id,stop_lon',
    );
  });
});
