// Locating JSON syntax errors by line and column, independent of the JS engine's messages.
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxFault, lineColumn } from '../../../src/data/jsonSyntax.ts';

describe('findJsonSyntaxFault', () => {
  it('returns null for valid JSON, including nested values and escapes', () => {
    expect(findJsonSyntaxFault('{"a": [1, -2.5e3, true, null, "x\\n\\u00e5"], "b": {}}')).toBeNull();
    expect(findJsonSyntaxFault('  []  ')).toBeNull();
  });

  it('finds a missing value on the second line', () => {
    const fault = findJsonSyntaxFault('{\n  "a": }');
    expect(fault).toMatchObject({ line: 2, column: 8 });
    expect(fault).toMatchObject({ fault: 'unexpected', expected: 'value', found: '"}"' });
  });

  it('reports truncated input at its end', () => {
    const text = '{"type": "FeatureCollection", "features": [';
    const fault = findJsonSyntaxFault(text);
    expect(fault?.offset).toBe(text.length);
    expect(fault?.fault).toBe('end');
  });

  it('reports an unterminated string where the string starts', () => {
    expect(findJsonSyntaxFault('["abc')).toMatchObject({ offset: 1, fault: 'string-unclosed' });
  });

  it('names trailing commas, single quotes and empty files', () => {
    expect(findJsonSyntaxFault('[1, 2, ]')).toMatchObject({ fault: 'trailing-comma', close: ']' });
    expect(findJsonSyntaxFault("{'a': 1}")).toMatchObject({ fault: 'unexpected', expected: 'name' });
    expect(findJsonSyntaxFault('  \n ')?.fault).toBe('empty');
    expect(findJsonSyntaxFault('{} x')?.fault).toBe('text-after');
  });

  it('survives very deep nesting without overflowing the stack', () => {
    expect(findJsonSyntaxFault('['.repeat(100_000))?.fault).toBe('too-deep');
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    const samples = [
      '1',
      '01',
      '-',
      '"\\x"',
      '[1,]',
      '{"a":1,}',
      'nul',
      '"a\tb"',
      '[1e5]',
      '[.5]',
      '{"a" 1}',
      'true false',
    ];
    for (const s of samples) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxFault(s) === null, s).toBe(valid);
    }
  });
});

describe('lineColumn', () => {
  it('counts lines from 1 and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
