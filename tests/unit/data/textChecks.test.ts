// File-level checks before parsing: size limit, empty files, UTF-16 and non-UTF-8 text, each with its own message.
import { describe, expect, it } from 'vitest';
import { parseGeoJsonText } from '../../../src/data/loadGeoJson.ts';
import { DataError } from '../../../src/data/problems.ts';
import { checkText, MAX_GEOJSON_CHARS } from '../../../src/data/textChecks.ts';
import { thrownWords } from '../../helpers/problemWords.ts';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('checkText', () => {
  it.each([
    ['', 'file-empty'],
    ['  \n\t ', 'file-empty'],
    ['\uFEFF', 'file-empty'],
    ['\uFFFD\uFFFD{\u0000"\u0000', 'encoding-utf16'],
    ['{\u0000"\u0000t\u0000', 'encoding-utf16'],
    ['{"name": "Sj\uFFFDgata"}', 'encoding-not-utf8'],
    ['{"name": "Sjøgata"}', 'no error'],
  ])('%j → %s', (text, code) => {
    expect(codeOf(() => checkText(text, 'f', 1000, { kind: 'geojson' }))).toBe(code);
  });

  it('counts every undecodable character and points at the first', () => {
    const words = thrownWords(() =>
      checkText('{\n "a": "\uFFFD\uFFFD",\n "b": "\uFFFD"\n}', 'l1.geojson', 1000, { kind: 'geojson' }),
    );
    expect(words).toContain(
      'l1.geojson: does not look like UTF-8: 3 characters could not be decoded (the first at line 2, column 8).',
    );
  });

  it('the GeoJSON limit is 50 MB, and a longer text is refused without parsing it', () => {
    expect(MAX_GEOJSON_CHARS).toBe(50 * 1024 * 1024);
    const started = performance.now();
    expect(thrownWords(() => parseGeoJsonText('['.repeat(MAX_GEOJSON_CHARS + 1), 'huge.geojson'))).toContain(
      'huge.geojson: is 50.0 MB, more than the limit of 50.0 MB. Clip it',
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a smaller limit can be set by the caller (e.g. the browser)', () => {
    expect(codeOf(() => parseGeoJsonText('{"type": "FeatureCollection", "features": []}', 'f', { maxChars: 10 }))).toBe(
      'file-too-large',
    );
  });
});
