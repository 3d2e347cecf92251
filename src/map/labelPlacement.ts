// Chooses which site names to print on the map: only from a zoom where they fit, most important first, none
// overlapping.

/** Names appear from this zoom (a 20 daa site is then some 15 px across); below it the list and tooltips name sites. */
export const SITE_LABEL_MIN_ZOOM = 13;
/** HTML labels cost a DOM node each; past this many the map is unreadable anyway. */
export const SITE_LABEL_MAX_COUNT = 60;

/**
 * Names sit just below the site's centre, not on it: the centre stays free for the site's colour (and the marker),
 * the way a map labels a point.
 */
export const LABEL_OFFSET_Y_PX = 15;

export interface LabelCandidate {
  id: string;
  name: string;
  /** Screen position of the site's centre, CSS px from the map's top-left corner (the label goes just below). */
  x: number;
  y: number;
  /** Larger goes first (the selected site, then bigger sites). */
  priority: number;
  /** Vertical offset of the label from the point, px; default LABEL_OFFSET_Y_PX (below). Hub names go above (negative).
   * */
  offsetY?: number;
}

/** Where a label's centre goes, CSS px from the map's top-left corner. */
export interface PlacedLabel {
  id: string;
  name: string;
  x: number;
  y: number;
}

/** The box of a region name (about 15 px bold), centred on its point: what site and hub names must keep clear of. */
export function regionLabelBox(name: string, x: number, y: number): [number, number, number, number] {
  const halfWidth = Math.min(name.length, 40) * 4.6 + 6;
  return [x - halfWidth, y - 11, x + halfWidth, y + 11];
}

/** An estimate of the label box (12 px system font, bold); good enough to keep neighbours apart without measuring. */
export function labelBox(c: { name: string; x: number; y: number }): [number, number, number, number] {
  const halfWidth = Math.min(c.name.length, 40) * 3.6 + 6;
  const halfHeight = 9;
  return [c.x - halfWidth, c.y - halfHeight, c.x + halfWidth, c.y + halfHeight];
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return (
    (a[0] as number) < (b[2] as number) &&
    (b[0] as number) < (a[2] as number) &&
    (a[1] as number) < (b[3] as number) &&
    (b[1] as number) < (a[3] as number)
  );
}

/** Moves a label sideways or up/down just enough to keep its box inside the map (a site near the edge keeps its name).
 * */
function keepInside(c: LabelCandidate, widthPx: number, heightPx: number): LabelCandidate {
  const [x0, y0, x1, y1] = labelBox(c);
  const dx = x0 < 0 ? -x0 : x1 > widthPx ? widthPx - x1 : 0;
  const dy = y0 < 0 ? -y0 : y1 > heightPx ? heightPx - y1 : 0;
  return dx === 0 && dy === 0 ? c : { ...c, x: c.x + dx, y: c.y + dy };
}

/**
 * Greedy placement: by priority, keep a label (shifted inside the map if it sticks out) when it is clear of every
 * label kept so far. Returns at most `maxCount` labels.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  widthPx: number,
  heightPx: number,
  maxCount: number = SITE_LABEL_MAX_COUNT,
  /** Boxes already taken (the region names), [x0, y0, x1, y1] in px: no label may overlap them. */
  obstacles: readonly (readonly [number, number, number, number])[] = [],
): PlacedLabel[] {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const kept: PlacedLabel[] = [];
  const boxes: (readonly [number, number, number, number])[] = [...obstacles];
  for (const candidate of sorted) {
    if (kept.length >= maxCount) break;
    const c = keepInside(
      { ...candidate, y: candidate.y + (candidate.offsetY ?? LABEL_OFFSET_Y_PX) },
      widthPx,
      heightPx,
    );
    const box = labelBox(c);
    // Wider than the whole map: leave it to the tooltip.
    if (box[0] < 0 || box[2] > widthPx) continue;
    if (boxes.some((b) => overlaps(b, box))) continue;
    boxes.push(box);
    kept.push({ id: c.id, name: c.name, x: c.x, y: c.y });
  }
  return kept;
}
