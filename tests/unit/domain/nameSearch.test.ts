// Name search: case and diacritics do not matter, every query word must occur.
import { describe, expect, it } from 'vitest';
import { matchesQuery, searchKey } from '../../../src/domain/nameSearch';

describe('searchKey', () => {
  it('folds case, marks and the Norwegian letters that do not decompose', () => {
    expect(searchKey('Røyken')).toBe('royken');
    expect(searchKey('SÆTRE')).toBe('saetre');
    expect(searchKey('Åsåker – Café')).toBe('asaker cafe');
    expect(searchKey('  Asker   sentrum/Torvet ')).toBe('asker sentrum torvet');
  });
});

describe('matchesQuery', () => {
  const key = searchKey('Røyken næringspark');
  it('finds "Røyken" from "royken", "RØYKEN" and "røyk"', () => {
    expect(matchesQuery(key, 'royken')).toBe(true);
    expect(matchesQuery(key, 'RØYKEN')).toBe(true);
    expect(matchesQuery(key, 'røyk')).toBe(true);
  });
  it('needs every word, in any order, and matches everything for an empty query', () => {
    expect(matchesQuery(key, 'naerings royken')).toBe(true);
    expect(matchesQuery(key, 'royken sentrum')).toBe(false);
    expect(matchesQuery(key, '   ')).toBe(true);
    expect(matchesQuery(key, 'hurum')).toBe(false);
  });
});
