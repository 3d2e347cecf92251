// Site-name placement and the feature-state diff that hides filtered sites.
import { describe, expect, it } from 'vitest';
import { LABEL_OFFSET_Y_PX, labelBox, placeLabels, type LabelCandidate } from '../../../src/map/labelPlacement';
import { visibilityChanges } from '../../../src/map/siteVisibility';

const c = (id: string, x: number, y: number, priority: number, name = 'Sted'): LabelCandidate => ({
  id,
  name,
  x,
  y,
  priority,
});

describe('placeLabels', () => {
  it('keeps the higher priority label when two would overlap', () => {
    const placed = placeLabels([c('small', 100, 100, 1), c('big', 105, 102, 9)], 500, 400);
    expect(placed.map((p) => p.id)).toEqual(['big']);
  });

  it('keeps labels that do not touch, and shifts one at the edge inside the map', () => {
    const placed = placeLabels([c('a', 100, 100, 1), c('b', 100, 140, 1), c('edge', 3, 200, 5)], 500, 400);
    expect(placed.map((p) => p.id).sort()).toEqual(['a', 'b', 'edge']);
    const edge = placed.find((p) => p.id === 'edge');
    expect(labelBox({ name: 'Sted', x: edge?.x ?? 0, y: edge?.y ?? 0 })[0]).toBeCloseTo(0, 9);
    // Below the centre, so the site's own colour stays visible there.
    expect(edge?.y).toBe(200 + LABEL_OFFSET_Y_PX);
  });

  it('drops a label wider than the map', () => {
    expect(placeLabels([c('long', 50, 50, 1, 'x'.repeat(40))], 100, 100)).toEqual([]);
  });

  it('stops at the maximum count', () => {
    const many = Array.from({ length: 30 }, (_, i) => c(`s${i}`, 60 + (i % 5) * 90, 20 + Math.floor(i / 5) * 30, i));
    expect(placeLabels(many, 500, 400, 7)).toHaveLength(7);
  });

  it('sizes the box from the name', () => {
    const [x0, , x1] = labelBox({ name: 'Røyken næringspark', x: 0, y: 0 });
    expect(x1 - x0).toBeGreaterThan(100);
    expect(x1 - x0).toBeLessThan(160);
  });
});

describe('visibilityChanges', () => {
  it('hides what left the filter result and shows what came back, touching nothing else', () => {
    const all = ['a', 'b', 'c', 'd'];
    expect(visibilityChanges(all, new Set(['a', 'b']), new Set())).toEqual({ hide: ['c', 'd'], show: [] });
    expect(visibilityChanges(all, new Set(['a', 'c']), new Set(['c', 'd']))).toEqual({ hide: ['b'], show: ['c'] });
    expect(visibilityChanges(all, null, new Set(['b', 'd']))).toEqual({ hide: [], show: ['b', 'd'] });
  });
});
