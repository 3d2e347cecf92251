// swapField (readerHelpers.ts): the readers' build step without the object rest pattern, same fields in the same order.
import { describe, expect, it } from 'vitest';
import { swapField } from '../../../src/data/readerHelpers.ts';

describe('swapField', () => {
  it('drops one field, keeps the others in their order and appends the new one', () => {
    const raw = { id: 'a', polygons: [1], name: 'n', jobsToday: 3 };
    const out = swapField(raw, 'polygons', 'geometry', 'G');
    expect(Object.keys(out)).toEqual(['id', 'name', 'jobsToday', 'geometry']);
    expect(out).toEqual({ id: 'a', name: 'n', jobsToday: 3, geometry: 'G' });
    // What the rest pattern gave before: the same JSON, key for key.
    expect(JSON.stringify(out)).toBe(JSON.stringify({ id: 'a', name: 'n', jobsToday: 3, geometry: 'G' }));
  });

  it('leaves the input as it was and shares no object with it but the values', () => {
    const raw = { id: 'a', point: [1, 2] };
    const out = swapField(raw, 'point', 'xy', [3, 4]);
    expect(raw).toEqual({ id: 'a', point: [1, 2] });
    expect(out).not.toBe(raw);
    expect(out).toEqual({ id: 'a', xy: [3, 4] });
  });
});
