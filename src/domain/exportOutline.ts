// The outline of one site as an SVG path with a scale bar, for the printable one-pager (works offline and prints
// sharp).
import { toLngLat } from './crs';
import type { LngLat, MultiPolygonXY } from './types';

// GRS80, the ellipsoid of EUREF89/WGS84: local radii of curvature give metres per degree to well under 0.1 %.
const A_M = 6378137;
const E2 = 0.0066943800229;
const DEG = Math.PI / 180;

export interface OutlineBox {
  widthPx: number;
  heightPx: number;
  /** Room kept free on every side, and for the scale bar at the bottom. */
  marginPx: number;
}

export interface SiteOutline {
  widthPx: number;
  heightPx: number;
  /** One SVG path for every ring (draw with fill-rule="evenodd" so holes stay open), y downwards. */
  pathD: string;
  /** A round length in metres and its length on the drawing. */
  scaleBar: { lengthM: number; lengthPx: number };
  /** Metres across the widest side of the site, east–west and north–south. */
  extentM: { eastWest: number; northSouth: number };
}

/** Metres per degree of longitude and latitude at a latitude (ellipsoidal). */
export function metresPerDegree(latDeg: number): { lon: number; lat: number } {
  const s = Math.sin(latDeg * DEG);
  const w = Math.sqrt(1 - E2 * s * s);
  const primeVertical = A_M / w;
  const meridional = (A_M * (1 - E2)) / (w * w * w);
  return { lon: primeVertical * Math.cos(latDeg * DEG) * DEG, lat: meridional * DEG };
}

const NICE_LENGTHS_M = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];

/** The largest round length that fits in `maxM` (at least the smallest one). */
export function niceLengthM(maxM: number): number {
  let best = NICE_LENGTHS_M[0] as number;
  for (const m of NICE_LENGTHS_M) if (m <= maxM) best = m;
  return best;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * Draws the site north-up from its lon/lat coordinates (grid north of UTM is ~1° off here), in local metres east and
 * north of the site's centre, scaled to fit the box. Example: a 200 × 100 m rectangle in a 400 × 300 px box with a
 * 20 px margin fills 360 px across and gets a 50 m scale bar (the largest round length within a third of the width).
 */
export function siteOutline(geometry: MultiPolygonXY, box: OutlineBox): SiteOutline {
  const rings: LngLat[][] = geometry.flatMap((polygon) => polygon.map((ring) => ring.map((xy) => toLngLat(xy))));
  const all = rings.flat();
  if (all.length === 0) {
    return {
      widthPx: box.widthPx,
      heightPx: box.heightPx,
      pathD: '',
      scaleBar: { lengthM: 0, lengthPx: 0 },
      extentM: { eastWest: 0, northSouth: 0 },
    };
  }
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const perDeg = metresPerDegree((south + north) / 2);
  const widthM = (east - west) * perDeg.lon;
  const heightM = (north - south) * perDeg.lat;
  const innerW = box.widthPx - 2 * box.marginPx;
  const innerH = box.heightPx - 2 * box.marginPx;
  const pxPerM = Math.min(innerW / Math.max(widthM, 1e-9), innerH / Math.max(heightM, 1e-9));
  // Centre the drawing in the box.
  const offsetX = box.marginPx + (innerW - widthM * pxPerM) / 2;
  const offsetY = box.marginPx + (innerH - heightM * pxPerM) / 2;
  const toPx = (p: LngLat): [number, number] => [
    offsetX + (p[0] - west) * perDeg.lon * pxPerM,
    offsetY + (north - p[1]) * perDeg.lat * pxPerM,
  ];
  const pathD = rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      // A closed ring repeats its first vertex; 'Z' closes it instead.
      const open =
        ring.length > 1 && ring[0]?.[0] === ring[ring.length - 1]?.[0] && ring[0]?.[1] === ring[ring.length - 1]?.[1]
          ? ring.slice(0, -1)
          : ring;
      return `M${open.map((p) => toPx(p).map(fmt).join(' ')).join('L')}Z`;
    })
    .join('');
  const lengthM = niceLengthM(innerW / 3 / pxPerM);
  return {
    widthPx: box.widthPx,
    heightPx: box.heightPx,
    pathD,
    scaleBar: { lengthM, lengthPx: lengthM * pxPerM },
    extentM: { eastWest: widthM, northSouth: heightM },
  };
}
