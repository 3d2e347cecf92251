// A small colour sample matching the map's fill for an ABC type and status (decorative: the text says it too).
import type { AbcType } from '../domain/types';
import { ABC_COLOUR, ABC_NONE_COLOUR, SITE_FILL_OPACITY } from '../map/palette';

/** '#rrggbb' + alpha → 'rgba(r, g, b, a)'. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function AbcSwatch({ abc, future = false }: { abc: AbcType | null | 'none'; future?: boolean }) {
  const colour = abc && abc !== 'none' ? ABC_COLOUR[abc] : ABC_NONE_COLOUR;
  const alpha = future ? SITE_FILL_OPACITY.future : SITE_FILL_OPACITY.existing;
  return (
    <span
      aria-hidden="true"
      className={future ? 'swatch swatch--future' : 'swatch'}
      style={{ backgroundColor: withAlpha(colour, alpha) }}
    />
  );
}
