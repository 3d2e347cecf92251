// Colour arithmetic for pixel assertions: expected blends of the map palette, and distances between colours.
import { ABC_COLOUR, REGION_TONES, SITE_FILL_OPACITY } from '../../../src/map/palette.ts';

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `top` at `alpha` over an opaque `bottom` (what WebGL blending gives for one fill over another). */
export function blend(top: Rgb, bottom: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(alpha * (top[i] as number) + (1 - alpha) * (bottom[i] as number))) as Rgb;
}

/** Largest per-channel difference. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/** What an existing site of this ABC type looks like over either region tone, at the given fill opacity. */
export function expectedSiteColours(abc: 'A' | 'B' | 'C', alpha: number = SITE_FILL_OPACITY.existing): Rgb[] {
  return REGION_TONES.map((tone) => blend(hexToRgb(ABC_COLOUR[abc]), hexToRgb(tone), alpha));
}

export function nearest(pixel: Rgb, candidates: Rgb[]): number {
  return Math.min(...candidates.map((c) => colourDistance(pixel, c)));
}
