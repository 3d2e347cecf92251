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
    expect(fault?.problem).toContain('expected a value');
  });

  it('reports truncated input at its end', () => {
    const text = '{"type": "FeatureCollection", "features": [';
    const fault = findJsonSyntaxFault(text);
    expect(fault?.offset).toBe(text.length);
    expect(fault?.problem).toContain('truncated');
  });

  it('reports an unterminated string where the string starts', () => {
    expect(findJsonSyntaxFault('["abc')).toMatchObject({ offset: 1, problem: expect.stringContaining('never closed') });
  });

  it('names trailing commas, single quotes and empty files', () => {
    expect(findJsonSyntaxFault('[1, 2, ]')?.problem).toContain('trailing comma');
    expect(findJsonSyntaxFault("{'a': 1}")?.problem).toContain('property name in double quotes');
    expect(findJsonSyntaxFault('  \n ')?.problem).toBe('the file is empty');
    expect(findJsonSyntaxFault('{} x')?.problem).toContain('after the end');
  });

  it('survives very deep nesting without overflowing the stack', () => {
    expect(findJsonSyntaxFault('['.repeat(100_000))?.problem).toBe('nested too deeply');
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
