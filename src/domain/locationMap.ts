// A small location map of one site for the printable one-pager: the site, the regions around it, the hubs with their
// names and a scale bar, all as drawing instructions in pixels (north up), from the loaded data alone (no tiles).
import { clipRingToBox } from './clipToBox';
import { toLngLat } from './crs';
import { metresPerDegree, niceLengthM } from './exportOutline';
import { bboxOf, multiPolygonCentroid, type BboxXY } from './geometry';
import { hubNameWithoutType } from './hubName';
import type { Hub, HubType, LngLat, MultiPolygonXY, Region, XY } from './types';

export interface LocationMapBox {
  widthPx: number;
  heightPx: number;
}

export interface LocationMapInput {
  site: MultiPolygonXY;
  regions: readonly Region[];
  hubs: readonly Hub[];
  /** The region the site lies in (the engine's largest overlap), drawn stronger; null when none. */
  regionName: string | null;
  /** Hubs that must be in view and named (the site's nearest hub, its nearest station), most important first. */
  keyHubIds: readonly string[];
  /** Other sites, drawn faintly for context (those outside the view are left out). */
  otherSites?: readonly MultiPolygonXY[];
  /** Road lines the user loaded (EPSG:25832), drawn when they cross the view. */
  roads?: readonly (readonly XY[])[];
}

export interface PlacedName {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface LocationMapHub {
  id: string;
  type: HubType;
  x: number;
  y: number;
  /** The name as people read it (no register id, no type word); null when there was no room to write it without
   * overlap. */
  label: PlacedName | null;
  key: boolean;
}

export interface LocationMap {
  widthPx: number;
  heightPx: number;
  /** One path per region (evenodd), clipped to the view, with the region's name. */
  regions: { name: string; pathD: string; containsSite: boolean }[];
  sitePathD: string;
  /** The site's centre on the drawing; a marker ring is drawn round it when the site is too small to see. */
  siteCentre: { x: number; y: number; smallPx: boolean };
  otherSitesPathD: string;
  roadsPathD: string;
  hubs: LocationMapHub[];
  scaleBar: { lengthM: number; lengthPx: number };
  /** Metres the drawing spans east–west. */
  spanM: number;
}

export const LABEL_FONT_PX = 14;
const MIN_HALF_SPAN_M = 1000;
const MAX_HALF_SPAN_M = 12_000;
/** A site narrower than this on the drawing gets a ring round it so it can be found. */
const SMALL_SITE_PX = 10;

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** The rough box a name takes (system-ui, average glyph ≈ 0.58 em): enough to keep names apart. */
function textBox(text: string, x: number, y: number, anchor: PlacedName['anchor']): BboxXY {
  const w = text.length * LABEL_FONT_PX * 0.58;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return [left - 2, y - LABEL_FONT_PX * 0.8, left + w + 2, y + LABEL_FONT_PX * 0.3];
}

function lineBox(line: readonly XY[]): BboxXY {
  const xs = line.map((p) => p[0]);
  const ys = line.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function overlaps(a: BboxXY, b: BboxXY): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Lays out the view: centred on the site, wide enough for the site and its key hubs (at least 2 km across, at most
 * 24 km), in the box's aspect. Coordinates go through lon/lat to local metres east and north of the centre, as the
 * site outline does, so north is up. Names are placed right, left, above or below their hub, key hubs first, and are
 * left out (the marker stays) when none of eight places
 * beside the hub is clear of the other names, the markers, the site and the scale bar.
 */
export function locationMap(input: LocationMapInput, box: LocationMapBox): LocationMap {
  const centreXY = multiPolygonCentroid(input.site);
  const centre = toLngLat(centreXY);
  const perDeg = metresPerDegree(centre[1]);
  const local = (xy: XY): [number, number] => {
    const ll: LngLat = toLngLat(xy);
    return [(ll[0] - centre[0]) * perDeg.lon, (ll[1] - centre[1]) * perDeg.lat];
  };
  const aspect = box.widthPx / box.heightPx;
  // Half-spans east–west (hx) and north–south (hy) that hold the site and the key hubs, with room round them.
  let hx = MIN_HALF_SPAN_M;
  let hy = MIN_HALF_SPAN_M / aspect;
  const grow = (p: [number, number], pad: number) => {
    hx = Math.max(hx, Math.abs(p[0]) * pad);
    hy = Math.max(hy, Math.abs(p[1]) * pad);
  };
  const siteBox = bboxOf(input.site);
  for (const corner of [
    [siteBox[0], siteBox[1]],
    [siteBox[2], siteBox[3]],
    [siteBox[0], siteBox[3]],
    [siteBox[2], siteBox[1]],
  ] as XY[]) {
    if (Number.isFinite(corner[0])) grow(local(corner), 1.4);
  }
  const hubById = new Map(input.hubs.map((h) => [h.id, h]));
  for (const id of input.keyHubIds) {
    const hub = hubById.get(id);
    // Room for the name beside a hub near the edge.
    if (hub) grow(local(hub.xy), 1.3);
  }
  hx = Math.min(Math.max(hx, hy * aspect), MAX_HALF_SPAN_M);
  hy = hx / aspect;
  const pxPerM = box.widthPx / (2 * hx);
  const toPx = (m: [number, number]): [number, number] => [
    box.widthPx / 2 + m[0] * pxPerM,
    box.heightPx / 2 - m[1] * pxPerM,
  ];
  const px = (xy: XY) => toPx(local(xy));

  // The view in EPSG:25832 with a margin (grid north is about a degree off true north here), to clip big polygons.
  const r = Math.hypot(hx, hy) * 1.2;
  const clipBox: BboxXY = [centreXY[0] - r, centreXY[1] - r, centreXY[0] + r, centreXY[1] + r];
  const inView = (b: BboxXY) => b[0] <= clipBox[2] && b[2] >= clipBox[0] && b[1] <= clipBox[3] && b[3] >= clipBox[1];
  const pathOf = (g: MultiPolygonXY, clip: boolean): string =>
    g
      .flatMap((polygon) => polygon)
      .map((ring) => (clip ? clipRingToBox(ring, clipBox) : ring.slice(0, -1)))
      .filter((ring) => ring.length >= 3)
      .map((ring) => `M${ring.map((p) => px(p).map(fmt).join(' ')).join('L')}Z`)
      .join('');

  const regions = input.regions
    .filter((reg) => inView(bboxOf(reg.geometry)))
    .map((reg) => ({ name: reg.name, pathD: pathOf(reg.geometry, true), containsSite: reg.name === input.regionName }))
    .filter((reg) => reg.pathD !== '');

  const sitePx = [px([siteBox[0], siteBox[1]]), px([siteBox[2], siteBox[3]])];
  const siteWidePx = Math.max(
    Math.abs((sitePx[1]?.[0] ?? 0) - (sitePx[0]?.[0] ?? 0)),
    Math.abs((sitePx[1]?.[1] ?? 0) - (sitePx[0]?.[1] ?? 0)),
  );
  const [cx, cy] = px(centreXY);
  const otherSitesPathD = (input.otherSites ?? [])
    .filter((g) => inView(bboxOf(g)))
    .map((g) => pathOf(g, false))
    .join('');
  const roadsPathD = (input.roads ?? [])
    .filter((line) => line.length >= 2 && inView(lineBox(line)))
    .map((line) => `M${line.map((p) => px(p).map(fmt).join(' ')).join('L')}`)
    .join('');

  // The scale bar sits bottom left; names keep clear of it and of the site.
  const lengthM = niceLengthM(box.widthPx / 4 / pxPerM);
  const lengthPx = lengthM * pxPerM;
  const taken: BboxXY[] = [
    [0, box.heightPx - 30, lengthPx + 90, box.heightPx],
    [
      cx - Math.max(siteWidePx / 2, 8),
      cy - Math.max(siteWidePx / 2, 8),
      cx + Math.max(siteWidePx / 2, 8),
      cy + Math.max(siteWidePx / 2, 8),
    ],
  ];
  const keyIds = new Set(input.keyHubIds);
  const candidates = input.hubs
    .map((h) => ({ hub: h, at: px(h.xy) }))
    .filter(({ at }) => at[0] >= 0 && at[0] <= box.widthPx && at[1] >= 0 && at[1] <= box.heightPx)
    .sort((a, b) => {
      const ka = input.keyHubIds.indexOf(a.hub.id);
      const kb = input.keyHubIds.indexOf(b.hub.id);
      if (ka !== kb) return (ka < 0 ? Infinity : ka) - (kb < 0 ? Infinity : kb);
      return (
        Math.hypot(a.at[0] - cx, a.at[1] - cy) - Math.hypot(b.at[0] - cx, b.at[1] - cy) ||
        a.hub.id.localeCompare(b.hub.id)
      );
    });
  for (const { at } of candidates) taken.push([at[0] - 6, at[1] - 6, at[0] + 6, at[1] + 6]);
  // A name 9 px to the side of, or 10 px above / 20 px below, its own marker never touches it, so every box is checked.
  const hubs: LocationMapHub[] = candidates.map(({ hub, at }) => {
    // The marker's colour and the legend give the type, so a name that repeats it drops the word.
    const text = hubNameWithoutType(hub.name, hub.type);
    const tries: PlacedName[] = [
      { text, x: at[0] + 9, y: at[1] + 4, anchor: 'start' },
      { text, x: at[0] - 9, y: at[1] + 4, anchor: 'end' },
      { text, x: at[0], y: at[1] - 10, anchor: 'middle' },
      { text, x: at[0], y: at[1] + 20, anchor: 'middle' },
      { text, x: at[0] + 9, y: at[1] - 8, anchor: 'start' },
      { text, x: at[0] + 9, y: at[1] + 17, anchor: 'start' },
      { text, x: at[0] - 9, y: at[1] - 8, anchor: 'end' },
      { text, x: at[0] - 9, y: at[1] + 17, anchor: 'end' },
    ];
    const label =
      tries.find((t) => {
        const b = textBox(t.text, t.x, t.y, t.anchor);
        if (b[0] < 2 || b[2] > box.widthPx - 2 || b[1] < 2 || b[3] > box.heightPx - 2) return false;
        return taken.every((other) => !overlaps(b, other));
      }) ?? null;
    if (label) taken.push(textBox(label.text, label.x, label.y, label.anchor));
    return { id: hub.id, type: hub.type, x: at[0], y: at[1], label, key: keyIds.has(hub.id) };
  });

  return {
    widthPx: box.widthPx,
    heightPx: box.heightPx,
    regions,
    sitePathD: pathOf(input.site, false),
    siteCentre: { x: cx, y: cy, smallPx: siteWidePx < SMALL_SITE_PX },
    otherSitesPathD,
    roadsPathD,
    hubs,
    scaleBar: { lengthM, lengthPx },
    spanM: 2 * hx,
  };
}
