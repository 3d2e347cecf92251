// Field-name matching (case, æøå, separators, nesting) and the arealformål / arealbruksstatus readers.
import { describe, expect, it } from 'vitest';
import {
  classifyArealformal,
  parseArealformalCode,
  readArealbruksstatus,
  BUSINESS_CODES,
} from '../../../src/data/arealformal.ts';
import { canonicalKey, detectFields } from '../../../src/data/fieldNames.ts';
import { parseGeoJsonText } from '../../../src/data/loadGeoJson.ts';
import { mappingFieldsText } from '../../../src/i18n/mappingNotes.ts';
import { skipReasonText } from '../../../src/i18n/problemText.ts';
import { collection, feature } from './geojsonText.ts';

describe('canonicalKey', () => {
  it.each([
    ['KPAREALFORMAL', 'kparealformal'],
    ['arealformål', 'arealformal'],
    ['KpFormål', 'kpformal'],
    ['AREAL_ST', 'arealst'],
    ['Kommune-nr', 'kommunenr'],
    ['Område navn', 'omradenavn'],
    ['identifikasjon.lokalId', 'identifikasjon.lokalid'],
    ['arealforma\u030Al', 'arealformal'],
    ['ÆRESNAVN', 'aeresnavn'],
    ['Ørsta', 'orsta'],
  ])('%s → %s', (key, canonical) => {
    expect(canonicalKey(key)).toBe(canonical);
  });
});

describe('detectFields', () => {
  const features = (props: Record<string, unknown>[]) =>
    parseGeoJsonText(collection(props.map((p) => feature(null, p))), 'f').features;

  it('takes the first accepted name present in any feature, and says which', () => {
    const m = detectFields(features([{ FELTNAVN: 'a' }, { PLANNAVN: 'p', KPAREALFORMAL: 1300 }]), [
      'name',
      'arealformal',
      'abc',
    ]);
    expect(m).toEqual({
      name: { key: 'FELTNAVN', path: ['FELTNAVN'] },
      arealformal: { key: 'KPAREALFORMAL', path: ['KPAREALFORMAL'] },
    });
    const keys = Object.fromEntries(Object.entries(m).map(([role, source]) => [role, source.key]));
    expect(mappingFieldsText(keys, 'en')).toBe('name ← FELTNAVN, arealformål ← KPAREALFORMAL');
    expect(mappingFieldsText(keys, 'nb')).toBe('navn ← FELTNAVN, arealformål ← KPAREALFORMAL');
    expect(mappingFieldsText({}, 'nb')).toBe('ingen kjente felter');
  });

  it('looks one level into nested objects', () => {
    expect(detectFields(features([{ identifikasjon: { lokalId: 'x', navnerom: 'n' } }]), ['id'])).toEqual({
      id: { key: 'identifikasjon.lokalId', path: ['identifikasjon', 'lokalId'] },
    });
  });

  it('an override names the property, or null to ignore the field', () => {
    const m = detectFields(features([{ name: 'a', Tittel: 't', status: 1 }]), ['name', 'status'], {
      name: 'Tittel',
      status: null,
    });
    expect(m).toEqual({ name: { key: 'Tittel', path: ['Tittel'] } });
  });

  it('keys like __proto__ are plain data and never match a field', () => {
    const text = collection([feature(null, { a: 1 })]).replace(
      '"properties":{',
      '"properties":{"__proto__":{"id":"x"},',
    );
    expect(detectFields(parseGeoJsonText(text, 'f').features, ['id', 'name'])).toEqual({});
  });
});

describe('arealformål codes', () => {
  it.each([
    [1300, 1300],
    ['1300', 1300],
    ['1300 - Næringsbebyggelse', 1300],
    [' 1310: Kontor', 1310],
    ['Næring', null],
    [13.5, null],
    [null, null],
    [true, null],
  ])('%j → %j', (v, code) => {
    expect(parseArealformalCode(v)).toBe(code);
  });

  it('the business table holds the codes of docs/plan-data.md with their ABC defaults', () => {
    expect([...BUSINESS_CODES].map(([code, r]) => `${code}:${r.abc}`)).toEqual([
      '1130:A',
      '1140:B',
      '1150:B',
      '1300:B',
      '1310:A',
      '1320:B',
      '1330:B',
      '1340:C',
      '1350:C',
      '1360:C',
      '1390:B',
      '1501:C',
      '1502:C',
      '1800:B',
    ]);
  });

  it.each([
    [2070, '2070 Public transport hub: not business land'],
    [
      1160,
      '1160 Public or private services: public or private services (schools, health care), not business land in this tool',
    ],
    [5230, '5230 Scattered business buildings: scattered business in an LNFR area, not planned business land'],
    [9999, '9999: not a business-land code in the table'],
    ['abc', 'arealformål "abc" is not a code'],
  ])('%j is skipped: %s', (v, reason) => {
    // Facts (a variant and params); the reason's words are the catalogue's.
    const cls = classifyArealformal(v);
    expect(cls.keep).toBe(false);
    if (!cls.keep)
      expect(skipReasonText({ code: 'arealformal-not-business', variant: cls.variant, params: cls.params }, 'en')).toBe(
        reason,
      );
  });
});

describe('arealbruksstatus', () => {
  it.each([
    [1, 'eksisterende', false],
    ['1', 'eksisterende', false],
    ['Nåværende', 'eksisterende', false],
    [2, 'fremtidig', false],
    ['framtidig', 'fremtidig', false],
    [3, 'eksisterende', true],
    ['Videreutvikling av nåværende', 'eksisterende', true],
  ])('%j → %s (note: %s)', (v, status, note) => {
    const r = readArealbruksstatus(v);
    expect(r?.status).toBe(status);
    expect(r?.derived !== undefined).toBe(note);
  });

  it('anything else is not read', () => {
    expect(readArealbruksstatus(4)).toBeNull();
    expect(readArealbruksstatus('kanskje')).toBeNull();
  });
});
