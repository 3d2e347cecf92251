// Axis arithmetic for the small SVG charts: round axis ends and value → pixel positions.

/**
 * The smallest "round" number (1, 2, 2.5 or 5 × 10^k) at or above `value`, so an axis ends on a readable figure.
 * @example niceCeil(7425) === 10000; niceCeil(1840) === 2000; niceCeil(0) === 1
 */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (value <= step * power * (1 + 1e-12)) return step * power;
  }
  return 10 * power;
}

/** A linear scale from [0, max] onto [startPx, endPx]; values outside are clamped so a bar never leaves its track. */
export function linearScale(max: number, startPx: number, endPx: number): (value: number) => number {
  const span = endPx - startPx;
  return (value) => startPx + (Math.min(Math.max(value, 0), max) / max) * span;
}
