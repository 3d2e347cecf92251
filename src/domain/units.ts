// Typing a plain number as the unit it is (a sum of areas, a figure read from a file, a test value), for the
// signatures that take SquareMeters or Meters. The value is unchanged.
import type { Meters, SquareMeters } from './types.ts';

export const squareMeters = (value: number): SquareMeters => value as SquareMeters;
export const meters = (value: number): Meters => value as Meters;
